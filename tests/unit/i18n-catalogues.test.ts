import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { areaNamespaces, clientMessages, locales, messages } from '@/lib/i18n';

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

/** The ICU arguments a message takes (`{count, plural, …}`, `{name}`), which every language must take. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

const sv = new Map(entries(messages('sv') as unknown as Tree));
const en = new Map(entries(messages('en') as unknown as Tree));

describe('the message catalogues', () => {
  it('have the same keys in Swedish and English', () => {
    expect([...en.keys()].filter((key) => !sv.has(key))).toEqual([]);
    expect([...sv.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect(sv.size).toBeGreaterThan(50);
  });

  it('give each message the same arguments in both languages', () => {
    const differing = [...sv].filter(
      ([key, text]) => argumentsOf(text).join() !== argumentsOf(en.get(key) ?? '').join(),
    );
    expect(differing).toEqual([]);
  });

  it('has no message left empty or untranslated', () => {
    const same = [...sv].filter(([key, text]) => text.trim() === '' || (en.get(key) === text && !sameInBoth.has(key)));
    expect(same).toEqual([]);
  });

  // Every message is valid ICU and formats, with counts read right ("1 kurs", "3 kurser").
  it.each(locales)('formats every message in %s', (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: messages(locale), onError: (error) => errors.push(error.message) });
    for (const [key, text] of locale === 'sv' ? sv : en) {
      const values = Object.fromEntries(argumentsOf(text).map((name) => [name, 3]));
      // A message with a link in it (`<link>…</link>`) is written with its tags.
      const tags = Object.fromEntries([...text.matchAll(/<(\w+)>/g)].map(([, tag]) => [tag, (c: string) => c]));
      const shown = Object.keys(tags).length
        ? t.markup(key as never, { ...values, ...tags } as never)
        : t(key as never, values as never);
      expect(shown).not.toBe('');
    }
    expect(errors).toEqual([]);
  });

  it('reads counts right in both languages', () => {
    const t = (locale: 'sv' | 'en') => createTranslator({ locale, messages: messages(locale), namespace: 'home' });
    expect(t('sv')('courseCount', { count: 1 })).toBe('1 kurs');
    expect(t('sv')('courseCount', { count: 3 })).toBe('3 kurser');
    expect(t('en')('courseCount', { count: 1 })).toBe('1 course');
    expect(t('en')('courseCount', { count: 3 })).toBe('3 courses');
  });
});

describe('the messages the browser gets', () => {
  it('leave out the mails and the staff areas, which only their own pages get', () => {
    const everyPage = Object.keys(clientMessages('en'));
    expect(everyPage).toContain('nav');
    expect(everyPage).not.toContain('mail');
    for (const namespace of Object.values(areaNamespaces).flat()) expect(everyPage).not.toContain(namespace);
    const admin = Object.keys(clientMessages('en', 'admin'));
    expect(admin).toEqual(expect.arrayContaining(['nav', ...areaNamespaces.admin]));
    expect(admin).not.toContain('mail');
    expect(admin).not.toContain(areaNamespaces.editor[0]);
    expect(Object.keys(clientMessages('sv', 'editor'))).toEqual(expect.arrayContaining([...areaNamespaces.editor]));
  });
});

// Words that are the same in both languages (a name, "Administration").
const sameInBoth = new Set([
  'nav.admin',
  'adminRecords.deletion.person',
  'adminRecords.settings.kind.REGION',
  'adminRecords.scim.attributes.division',
  'adminRecords.scim.status',
  'adminRecords.export.status',
  'adminRecords.audit.entities.User',
  'adminRecords.audit.entities.Organisation',
  'adminRecords.audit.entities.Import',
  'adminPeople.nav.label',
  'adminPeople.people.title',
  'adminPeople.filters.status',
  'adminPeople.person.status',
  'editorLearning.courses.status',
  'editorLearning.lesson.body',
  'editorLearning.history.version',
  'editorGuides.version',
  'editorGuides.table.status',
  'editorGuides.guideStatus.status',
  'editorGuides.markdown.label',
  'editorGuides.diff.text',
  'editorGuides.history.version',
  'editorGuides.revision.metaTitle',
  'editorGuides.revision.title',
  'editorTemplates.revisions.version',
  'editorTemplates.versionTable.version',
  'verify.organisation',
  'discussionGuide.minutes',
  'labels.gender.MAN',
  'account.organisation',
  'myPage.columnPercent',
  'course.kind.VIDEO',
  'team.status',
  'person.status',
  'team.csvColumns.status',
  'rules.whoAudience',
  'sessions.calendarTitle',
  'compare.organisation',
  'compare.kind.REGION',
  'checklist.status',
  'checklist.change.status',
  'checklist.plan.csvColumns.status',
  'plans.budget',
  'plans.perPerson',
  'plans.plan',
  'examples.form.filmLabel',
]);
