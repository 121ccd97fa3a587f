const counts = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** A count of people or records as Swedish readers write it: "196 501", with a non-breaking space. */
export const formatCount = (n: number) => counts.format(n);
