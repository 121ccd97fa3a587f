import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { RowError } from './parse';
import type { ImportPlan } from './plan';

// What the preview page shows of a plan: counts, and the first rows of each kind (a file of
// thousands of people would otherwise send thousands of rows back to the browser).
export const SHOWN_PER_LIST = 100;

/** The fields an update can change, in the order the preview names them (adminRecords.importRows.fields). */
const fields = ['name', 'email', 'employeeNumber', 'audience', 'gender', 'role', 'active'] as const;

export type PlanSummary = {
  counts: {
    creates: number;
    updates: number;
    moves: number;
    managerAdds: number;
    deactivations: number;
    unchanged: number;
    errors: number;
  };
  /** `who`: the address, or the employee number of someone without one. */
  creates: { line: number; name: string; who: string; unit: string }[];
  updates: { line: number; who: string; name: string; changes: string }[];
  moves: { line: number; name: string; who: string; from: string; to: string }[];
  managerAdds: { line: number; who: string; unit: string }[];
  deactivations: { name: string; who: string }[];
  errors: RowError[];
};

export function summarisePlan(
  plan: ImportPlan,
  unitLabels: ReadonlyMap<string, string>,
  locale: Locale = defaultLocale,
): PlanSummary {
  const t = translator(locale);
  const unit = (id: string | null) => (id ? (unitLabels.get(id) ?? '?') : t('adminRecords.importRows.noUnit'));
  const first = <T>(list: readonly T[]) => list.slice(0, SHOWN_PER_LIST);
  return {
    counts: {
      creates: plan.creates.length,
      updates: plan.updates.length,
      moves: plan.moves.length,
      managerAdds: plan.managerAdds.length + plan.creates.filter((c) => c.manager).length,
      deactivations: plan.deactivations.length,
      unchanged: plan.unchanged,
      errors: plan.errors.length,
    },
    creates: first(plan.creates).map((c) => ({ line: c.line, name: c.name, who: c.who, unit: unit(c.unitId) })),
    updates: first(plan.updates).map((u) => ({
      line: u.line,
      who: u.who,
      name: u.after.name,
      changes: fields
        .filter((k) => u.before[k] !== u.after[k])
        .map((k) => t(`adminRecords.importRows.fields.${k}`))
        .join(', '),
    })),
    moves: first(plan.moves).map((m) => ({
      line: m.line,
      name: m.name,
      who: m.who,
      from: unit(m.fromUnitId),
      to: unit(m.toUnitId),
    })),
    managerAdds: first(plan.managerAdds).map((m) => ({ line: m.line, who: m.who, unit: unit(m.unitId) })),
    deactivations: first(plan.deactivations).map((d) => ({ name: d.name, who: d.who })),
    errors: first(plan.errors),
  };
}
