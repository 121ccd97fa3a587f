// The statement's Markdown (content/pages/tillganglighet.md) keeps the prose and marks where the
// generated sections go with an HTML comment, which the Markdown renderer drops on its own.
export const statementSlots = ['brister', 'tester'] as const;
export type StatementSlot = (typeof statementSlots)[number];

const isSlot = (name: string | undefined): name is StatementSlot => statementSlots.some((slot) => slot === name);

/** The statement's Markdown cut at its markers: each piece of prose and the section that follows it. */
export function splitStatement(markdown: string): { markdown: string; slot: StatementSlot | null }[] {
  const pieces = markdown.split(/^<!-- genereras: ([a-z]+) -->$/m);
  const parts: { markdown: string; slot: StatementSlot | null }[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const name = pieces[i + 1];
    parts.push({ markdown: pieces[i]!.trim(), slot: isSlot(name) ? name : null });
  }
  return parts;
}
