// Number formats of the competence-needs page (Swedish decimal comma).
const score = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const change = new Intl.NumberFormat('sv-SE', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const pct = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

export const formatScore = (x: number) => score.format(x);
export const formatChange = (x: number) => change.format(x);
export const formatShare = (x: number) => pct.format(x);
