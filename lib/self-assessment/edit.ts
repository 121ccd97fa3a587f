// Pure edits of the questionnaire, used by the editor in /redaktion/sjalvskattning. A statement's
// key never changes (people's rounds and their answers refer to it), and a new statement gets a
// key its area has never used in any version, so an answer to an old version can never be read as
// an answer to a different statement. A refusal that names an area is in `locale`, the editor's
// language (the action passes it); the fixed ones are translated by their text.
import { invalid } from '@/lib/errors';
import { defaultLocale, translator, type Locale } from '@/lib/i18n';
import { audienceKeys, type AssessmentAreaKey, type AudienceKey } from '@/lib/validation/content';
import type { Area, Questionnaire, Statement } from './questionnaire';

/** As in the content schema: every area keeps at least two statements for every audience. */
export const MIN_PER_AUDIENCE = 2;
export const MAX_STATEMENTS = 8;
/** Written out, so lib/i18n/messages-en.ts can give its English; tests/unit/written-limits.test.ts holds it equal to MAX_STATEMENTS. */
export const MAX_STATEMENTS_MESSAGE =
  'Ett område kan ha högst 8 påståenden. Ta bort ett innan du lägger till ett nytt.';

export type LevelText = { label: string; description: string };
export type AreaFields = Pick<Area, 'title' | 'description' | 'courses' | 'guides'>;
export type StatementFields = { text: string; audiences: readonly AudienceKey[] };

/** Every statement key of a questionnaire, in order. */
export const statementKeys = (q: Pick<Questionnaire, 'areas'>) =>
  q.areas.flatMap((a) => a.statements.map((s) => s.key));

/** All four audiences ticked means "everyone", kept as no list, as in content/. */
function audiencesOf(picked: readonly AudienceKey[]): Statement['audiences'] {
  const ordered = audienceKeys.filter((a) => picked.includes(a));
  return ordered.length === audienceKeys.length ? undefined : ordered;
}

/** The audiences that would get fewer than two statements in the area. */
export function thinAudiences(area: Pick<Area, 'statements'>): AudienceKey[] {
  return audienceKeys.filter(
    (audience) =>
      area.statements.filter((s) => !s.audiences || s.audiences.includes(audience)).length < MIN_PER_AUDIENCE,
  );
}

function checkCoverage(area: Area, locale: Locale): void {
  const thin = thinAudiences(area);
  if (thin.length === 0) return;
  const t = translator(locale);
  const audiences = thin.map((a) => t(`labels.audienceKey.${a}`).toLowerCase()).join(', ');
  throw invalid(t('serverMessages.areaTooThin', { area: area.title, audiences }));
}

function findArea(q: Questionnaire, key: string): Area {
  const area = q.areas.find((a) => a.key === key);
  if (!area) throw invalid('Området finns inte i självskattningen.');
  return area;
}

function findStatement(q: Questionnaire, key: string): { area: Area; statement: Statement } {
  for (const area of q.areas) {
    const statement = area.statements.find((s) => s.key === key);
    if (statement) return { area, statement };
  }
  throw invalid('Påståendet finns inte längre i självskattningen. Ladda om sidan.');
}

const replaceArea = (q: Questionnaire, area: Area): Questionnaire => ({
  ...q,
  areas: q.areas.map((a) => (a.key === area.key ? area : a)),
});

/** New labels and descriptions for the four levels; the scores 1–4 stay as they are. */
export function setLevels(q: Questionnaire, levels: readonly LevelText[]): Questionnaire {
  if (levels.length !== q.levels.length) throw invalid('Självskattningen har fyra nivåer.');
  return {
    ...q,
    levels: q.levels.map((l, i) => ({ ...l, label: levels[i]!.label, description: levels[i]!.description })),
  };
}

/** Links kept keep their order (it is the order of the recommendations); new ones come last. */
function ordered(before: readonly string[], picked: readonly string[]): string[] {
  return [...before.filter((s) => picked.includes(s)), ...picked.filter((s) => !before.includes(s))];
}

/**
 * An area's title, description and recommended courses and guidance pages. A new link must be to
 * something published (`published`); a link already there may stay, so an unpublished course does
 * not block other changes to the area.
 */
export function updateArea(
  q: Questionnaire,
  key: AssessmentAreaKey,
  fields: AreaFields,
  published: { courses: readonly string[]; guides: readonly string[] },
): Questionnaire {
  const area = findArea(q, key);
  const unknownCourse = fields.courses.find((s) => !area.courses.includes(s) && !published.courses.includes(s));
  if (unknownCourse) throw invalid('Välj bara bland de publicerade kurserna.');
  const unknownGuide = fields.guides.find((s) => !area.guides.includes(s) && !published.guides.includes(s));
  if (unknownGuide) throw invalid('Välj bara bland de publicerade sidorna med vägledning.');
  return replaceArea(q, {
    ...area,
    title: fields.title,
    description: fields.description,
    courses: ordered(area.courses, fields.courses),
    guides: ordered(area.guides, fields.guides),
  });
}

/** A statement's text and audiences; its key and area stay. */
export function updateStatement(
  q: Questionnaire,
  key: string,
  fields: StatementFields,
  locale: Locale = defaultLocale,
): Questionnaire {
  const { area } = findStatement(q, key);
  const next: Area = {
    ...area,
    statements: area.statements.map((s) => {
      if (s.key !== key) return s;
      const audiences = audiencesOf(fields.audiences);
      return { key: s.key, text: fields.text, ...(audiences ? { audiences } : {}) };
    }),
  };
  checkCoverage(next, locale);
  return replaceArea(q, next);
}

/** `<area>-<n>` with n above every number the area has used, in this or any earlier version. */
export function nextStatementKey(area: AssessmentAreaKey, usedKeys: readonly string[]): string {
  const pattern = new RegExp(`^${area}-(\\d+)$`);
  const highest = usedKeys.reduce((max, key) => Math.max(max, Number(pattern.exec(key)?.[1] ?? 0)), 0);
  return `${area}-${highest + 1}`;
}

/** A new statement at the end of the area, with a key never used before. */
export function addStatement(
  q: Questionnaire,
  areaKey: AssessmentAreaKey,
  fields: StatementFields,
  usedKeys: readonly string[],
): { questionnaire: Questionnaire; key: string } {
  const area = findArea(q, areaKey);
  if (area.statements.length >= MAX_STATEMENTS) throw invalid(MAX_STATEMENTS_MESSAGE);
  const key = nextStatementKey(areaKey, [...usedKeys, ...statementKeys(q)]);
  const audiences = audiencesOf(fields.audiences);
  const statement: Statement = { key, text: fields.text, ...(audiences ? { audiences } : {}) };
  return { questionnaire: replaceArea(q, { ...area, statements: [...area.statements, statement] }), key };
}

/** Removes a statement, only while its area keeps two for every audience. Old rounds keep their answers to it. */
export function removeStatement(q: Questionnaire, key: string, locale: Locale = defaultLocale): Questionnaire {
  const { area } = findStatement(q, key);
  const next = { ...area, statements: area.statements.filter((s) => s.key !== key) };
  checkCoverage(next, locale);
  return replaceArea(q, next);
}
