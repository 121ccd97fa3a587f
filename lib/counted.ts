/**
 * A count with its noun in the right number: "1 regel", "3 regler", "0 kurser". Swedish uses the
 * singular for exactly one only; client-safe.
 */
export const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
