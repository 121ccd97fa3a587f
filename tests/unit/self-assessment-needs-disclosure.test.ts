// Regression guard for the competence-needs page (issue 17, part 2): no shown score, and no
// difference of two shown scores, is about 1–4 people who answered the self-assessment, whichever
// viewer, unit filter, audience filter, row, column and date (now or a year ago) they come from.
// Property-based over random organisations and random answers (FC_SEED repeats a failing run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInStatisticsScope } from '@/lib/auth/permissions/statistics';
import { buildNeeds, type NeedsInputRow } from '@/lib/self-assessment/needs';
import { MIN_GROUP } from '@/lib/stats/protection';
import { orgArb, protectionOf, scopesOf, type Org } from '../support/disclosure';

const runs = { numRuns: 500, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };
const audiences = ['EMPLOYEE', 'MANAGER', 'STRATEGIST', 'POLITICIAN'] as const;

/** Who answered in each atom: now, a year ago (a subset), and who answered since (all new ones, some of the old). */
type Answers = { now: number; then: number; changed: number }[];
const answersArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 14, maxLength: 14 });

function answersOf(org: Org, draws: [number, number, number][]): Answers {
  return org.atoms.map((a, i) => {
    const [x, y, z] = draws[i % draws.length]!;
    const now = x % (a.people + 1);
    const then = y % (now + 1);
    const changed = now - then + (z % (then + 1));
    return { now, then, changed };
  });
}

/**
 * Rows whose score sums are bit masks of the atoms (atom i adds 2^i, now and then), so a shown
 * figure names exactly the atoms it covers. Disclosure looks only at people and answer counts.
 */
function taggedRows(org: Org, answers: Answers): (NeedsInputRow & { index: number })[] {
  return org.atoms.flatMap((a, i) => {
    if (a.unitId === null) return [];
    const { now, then, changed } = answers[i]!;
    return [
      {
        index: i,
        unitId: a.unitId,
        gender: a.gender,
        audience: a.audience,
        people: a.people,
        answered: now,
        answeredThen: then,
        changed,
        areas: {
          grunder: { now: { answered: now, sum: 2 ** i, low: 0 }, then: { answered: then, sum: 2 ** i, low: 0 } },
        },
      },
    ];
  });
}

type Figure = { when: 'now' | 'then'; atoms: number[]; answered: number };

function shownFigures(org: Org, answers: Answers): Figure[][] {
  const protection = protectionOf(org);
  const all = taggedRows(org, answers);
  const unitOf = (id: string) => org.units.find((u) => u.id === id)!;
  return scopesOf(org).map((scope) => {
    const rows = all.filter((r) => isInStatisticsScope(scope, unitOf(r.unitId)));
    const figures: Figure[] = [];
    for (const selectedUnit of [undefined, ...org.units.filter((u) => isInStatisticsScope(scope, u))])
      for (const audience of [undefined, ...audiences]) {
        const view = rows.filter(
          (r) =>
            (!selectedUnit || unitOf(r.unitId).path.startsWith(selectedUnit.path)) &&
            (!audience || r.audience === audience),
        );
        const table = buildNeeds({
          rows: view,
          units: org.units,
          areas: [{ key: 'grunder', title: 'G' }],
          protection,
          selectedUnit,
        });
        for (const row of [...table.rows, table.total])
          for (const cells of Object.values(row.areas[0]!.cells))
            for (const when of ['now', 'then'] as const) {
              const cell = cells[when];
              if (cell.hidden || cell.sum === 0) continue;
              const atoms = org.atoms.map((_, i) => i).filter((i) => Math.floor(cell.sum / 2 ** i) % 2 === 1);
              figures.push({ when, atoms, answered: cell.answered });
            }
      }
    return figures;
  });
}

/** How many answerers the difference of two figures is about: those in one and not the other, and those who answered between their dates. */
function differenceAbout(a: Figure, b: Figure, answers: Answers): number {
  const inA = new Set(a.atoms);
  const inB = new Set(b.atoms);
  let people = 0;
  for (const i of a.atoms) if (!inB.has(i)) people += answers[i]![a.when];
  for (const i of b.atoms) if (!inA.has(i)) people += answers[i]![b.when];
  if (a.when !== b.when) for (const i of a.atoms) if (inB.has(i)) people += answers[i]!.changed;
  return people;
}

describe('competence needs: disclosure control', () => {
  it('every shown score is about 5 or more answerers, and so is every difference of two (or it is 0)', () => {
    fc.assert(
      fc.property(orgArb(), answersArb, (org, draws) => {
        const answers = answersOf(org, draws);
        for (const figures of shownFigures(org, answers)) {
          for (const f of figures) {
            const answered = f.atoms.reduce((s, i) => s + answers[i]![f.when], 0);
            expect(answered).toBe(f.answered);
            expect(answered, JSON.stringify(f)).toBeGreaterThanOrEqual(MIN_GROUP);
          }
          for (const [i, a] of figures.entries())
            for (const b of figures.slice(i + 1)) {
              const about = differenceAbout(a, b, answers);
              if (about > 0 && about < MIN_GROUP)
                throw new Error(`${about} answerers revealed by ${JSON.stringify(a)} − ${JSON.stringify(b)}`);
            }
        }
      }),
      runs,
    );
  });

  it('the checker itself finds a difference about a few people (it can fail)', () => {
    const answers = [
      { now: 6, then: 5, changed: 1 },
      { now: 2, then: 0, changed: 2 },
    ];
    const one: Figure = { when: 'now', atoms: [0], answered: 6 };
    expect(differenceAbout(one, { when: 'now', atoms: [0, 1], answered: 8 }, answers)).toBe(2);
    expect(differenceAbout(one, { when: 'then', atoms: [0], answered: 5 }, answers)).toBe(1);
    expect(differenceAbout(one, one, answers)).toBe(0);
  });

  it('shows scores in most organisations with enough answers (the rule does not simply hide everything)', () => {
    let shown = 0;
    fc.assert(
      fc.property(orgArb(), (org) => {
        const full = org.atoms.map((a) => ({ now: a.people, then: a.people, changed: 0 }));
        if (shownFigures(org, full)[0]!.some((f) => f.when === 'then')) shown++;
      }),
      { ...runs, numRuns: 100 },
    );
    expect(shown).toBeGreaterThan(30);
  });
});
