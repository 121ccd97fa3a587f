import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { adminRecordsEn, adminRecordsSv } from '@/lib/i18n/admin-records';

// Names for the recorded actions and entity types, from the catalogue (adminRecords.audit), where
// an action code's dots nest its keys ('unit.manager.add' is unit → manager → add). Every action
// code the portal records has a name: tests/unit/audit-labels.test.ts reads the code base and
// fails on a new code without one. An unknown code (an old event) is still shown as it is.
type Tree = { readonly [key: string]: string | Tree };

/** The nested names as one table by code. */
function byCode(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(byCode(value, `${prefix}${key}.`)),
    ),
  );
}

const actions: Record<Locale, Record<string, string>> = {
  sv: byCode(adminRecordsSv.audit.actions),
  en: byCode(adminRecordsEn.audit.actions),
};
const entities: Record<Locale, Record<string, string>> = {
  sv: { ...adminRecordsSv.audit.entities },
  en: { ...adminRecordsEn.audit.entities },
};

/** The Swedish names by code. */
export const actionLabels: Record<string, string> = actions.sv;
export const entityLabels: Record<string, string> = entities.sv;

export const actionLabel = (code: string, locale: Locale = defaultLocale) =>
  Object.hasOwn(actions[locale], code) ? actions[locale][code]! : code;
export const entityLabel = (code: string, locale: Locale = defaultLocale) =>
  Object.hasOwn(entities[locale], code) ? entities[locale][code]! : code;

/** A `title` or `name` the event itself kept (JSON of before or after), e.g. of something since deleted. */
export function titleIn(json: string | null): string | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return null;
    const { title, name } = value as { title?: unknown; name?: unknown };
    const found = typeof title === 'string' ? title : typeof name === 'string' ? name : null;
    return found?.trim() || null;
  } catch {
    return null;
  }
}

/** What the event is about, in words: its current name, else the name the event kept, else nothing. */
export function subjectOf(row: { subject: string | null; before: string | null; after: string | null }) {
  return row.subject ?? titleIn(row.after) ?? titleIn(row.before);
}
