import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { locales, messages } from '@/lib/i18n';

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

// Words that are the same in both languages (a name, "Administration").
const sameInBoth = new Set([
  'nav.admin',
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
