import { createHash } from 'node:crypto';
import type { Audience } from '@/lib/audiences';
import type { Role } from '@/lib/auth/permissions';
import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { unitNamePaths, unitPathKey, type UnitNode } from '@/lib/units/tree';
import { rowWho, type ImportRow, type RowError } from './parse';
import type { Gender } from './values';

// What an import would do to one organisation, worked out without a database: the caller passes
// the checked rows and the organisation's people and units as plain data. A person is matched by
// employee number where the file has one, otherwise by e-mail (stored lower-case), so importing
// the same file twice plans nothing the second time.
export type ExistingPerson = {
  id: string;
  email: string | null;
  employeeNumber: string | null;
  name: string;
  role: Role;
  audience: Audience;
  gender: Gender | null;
  unitId: string | null;
  active: boolean;
  managedUnitIds: readonly string[];
};

type PersonFields = {
  name: string;
  email: string | null;
  employeeNumber: string | null;
  audience: Audience;
  gender: Gender | null;
  role: Role;
  active: boolean;
};

/** `who`: the address, or the employee number of someone without one (messages and the preview). */
export type PlannedCreate = {
  line: number;
  email: string | null;
  employeeNumber: string | null;
  who: string;
  name: string;
  audience: Audience;
  gender: Gender | null;
  role: Role;
  unitId: string | null;
  manager: boolean;
};
export type PlannedUpdate = { line: number; id: string; who: string; before: PersonFields; after: PersonFields };
export type PlannedMove = {
  line: number;
  id: string;
  who: string;
  name: string;
  fromUnitId: string | null;
  toUnitId: string | null;
};
export type PlannedManager = { line: number; userId: string; who: string; unitId: string };
export type PlannedDeactivation = { id: string; who: string; name: string };

export type ImportPlan = {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  moves: PlannedMove[];
  managerAdds: PlannedManager[];
  deactivations: PlannedDeactivation[];
  unchanged: number;
  errors: RowError[];
  /** A fingerprint of the planned changes: the confirm step writes only if it is the same. */
  digest: string;
};

export type PlanInput = {
  rows: readonly ImportRow[];
  parseErrors?: readonly RowError[];
  people: readonly ExistingPerson[];
  units: readonly UnitNode[];
  /**
   * Addresses from the file the import cannot create: they belong to people of another
   * organisation. Refused with a message that does not say so, so the preview does not tell one
   * organisation's administrator who has an account elsewhere.
   */
  emailsElsewhere: ReadonlySet<string>;
  /** Deactivate active people who are missing from the file (ticked by the administrator). */
  fullImport: boolean;
  /** The administrator importing: never deactivated by their own import. */
  importerId: string;
  /** The reader's language, for the rows' refusals and who they are about (Swedish by default). */
  locale?: Locale;
};

const personWho = (p: ExistingPerson, locale: Locale) =>
  p.email ??
  (p.employeeNumber
    ? translator(locale)('adminRecords.importRows.employeeNumberWho', { number: p.employeeNumber })
    : p.name);

/** The person a row is about, or a message saying why the row cannot be matched. */
function matchRow(
  row: ImportRow,
  byEmail: ReadonlyMap<string, ExistingPerson>,
  byNumber: ReadonlyMap<string, ExistingPerson>,
  locale: Locale,
): { person: ExistingPerson | undefined; problem?: string } {
  const t = translator(locale);
  const numbered = row.employeeNumber ? byNumber.get(row.employeeNumber) : undefined;
  const addressed = row.email ? byEmail.get(row.email) : undefined;
  if (numbered && addressed && numbered.id !== addressed.id)
    return {
      person: undefined,
      problem: t('adminRecords.importRows.emailOtherPerson', {
        email: String(row.email),
        number: String(row.employeeNumber),
      }),
    };
  const person = numbered ?? addressed;
  if (person && row.employeeNumber && person.employeeNumber && person.employeeNumber !== row.employeeNumber)
    return {
      person: undefined,
      problem: t('adminRecords.importRows.emailOtherNumber', {
        email: String(row.email),
        theirs: person.employeeNumber,
        number: row.employeeNumber,
      }),
    };
  return { person };
}

export function buildImportPlan(input: PlanInput): ImportPlan {
  const locale = input.locale ?? defaultLocale;
  const t = translator(locale);
  const byEmail = new Map(input.people.flatMap((p) => (p.email ? [[p.email, p] as const] : [])));
  const byNumber = new Map(input.people.flatMap((p) => (p.employeeNumber ? [[p.employeeNumber, p] as const] : [])));
  const unitByKey = new Map<string, string>();
  for (const [id, names] of unitNamePaths(input.units)) unitByKey.set(unitPathKey(names), id);

  const plan: Omit<ImportPlan, 'digest'> = {
    creates: [],
    updates: [],
    moves: [],
    managerAdds: [],
    deactivations: [],
    unchanged: 0,
    errors: [...(input.parseErrors ?? [])],
  };
  const inFile = new Set<string>();
  for (const row of input.rows) {
    const who = rowWho(row, locale);
    const { person: existing, problem } = matchRow(row, byEmail, byNumber, locale);
    if (existing) inFile.add(existing.id);
    const unitId = row.unitPath.length === 0 ? null : unitByKey.get(unitPathKey(row.unitPath));
    const problems: string[] = problem ? [problem] : [];
    if (unitId === undefined) problems.push(t('adminRecords.importRows.unitUnknown', { path: row.unitPath.join('/') }));
    if (row.email && input.emailsElsewhere.has(row.email))
      problems.push(t('adminRecords.importRows.emailElsewhere', { email: row.email }));
    if (problems.length > 0 || unitId === undefined) {
      plan.errors.push({ line: row.line, message: problems.join(' ') });
      continue;
    }
    if (!existing) {
      plan.creates.push({
        line: row.line,
        email: row.email,
        employeeNumber: row.employeeNumber,
        who,
        name: row.name,
        audience: row.audience,
        gender: row.gender,
        role: row.manager ? 'MANAGER' : 'EMPLOYEE',
        unitId,
        manager: row.manager,
      });
      continue;
    }
    let changed = false;
    const before: PersonFields = {
      name: existing.name,
      email: existing.email,
      employeeNumber: existing.employeeNumber,
      audience: existing.audience,
      gender: existing.gender,
      role: existing.role,
      active: existing.active,
    };
    const after: PersonFields = {
      name: row.name,
      // An empty cell keeps what the portal has: HR files often lack the one or the other.
      email: row.email ?? existing.email,
      employeeNumber: row.employeeNumber ?? existing.employeeNumber,
      audience: row.audience,
      // An empty gender cell keeps what the person has said in the portal.
      gender: row.gender ?? existing.gender,
      // Only raised: managing a unit needs at least the manager role; a higher role is kept.
      role: row.manager && existing.role === 'EMPLOYEE' ? 'MANAGER' : existing.role,
      // Someone back in the HR file is back on staff.
      active: true,
    };
    if ((Object.keys(after) as (keyof PersonFields)[]).some((k) => after[k] !== before[k])) {
      plan.updates.push({ line: row.line, id: existing.id, who, before, after });
      changed = true;
    }
    if (existing.unitId !== unitId) {
      plan.moves.push({
        line: row.line,
        id: existing.id,
        who,
        name: row.name,
        fromUnitId: existing.unitId,
        toUnitId: unitId,
      });
      changed = true;
    }
    if (row.manager && unitId && !existing.managedUnitIds.includes(unitId)) {
      plan.managerAdds.push({ line: row.line, userId: existing.id, who, unitId });
      changed = true;
    }
    if (!changed) plan.unchanged += 1;
  }
  if (input.fullImport) {
    for (const person of input.people) {
      if (person.active && !inFile.has(person.id) && person.id !== input.importerId) {
        plan.deactivations.push({ id: person.id, who: personWho(person, locale), name: person.name });
      }
    }
  }
  plan.errors.sort((a, b) => a.line - b.line);
  return { ...plan, digest: digestOf(plan) };
}

function digestOf(plan: Omit<ImportPlan, 'digest'>): string {
  const { creates, updates, moves, managerAdds, deactivations, errors } = plan;
  return createHash('sha256')
    .update(JSON.stringify({ creates, updates, moves, managerAdds, deactivations, errors }))
    .digest('hex');
}

export function hasChanges(plan: ImportPlan): boolean {
  return (
    plan.creates.length +
      plan.updates.length +
      plan.moves.length +
      plan.managerAdds.length +
      plan.deactivations.length >
    0
  );
}
