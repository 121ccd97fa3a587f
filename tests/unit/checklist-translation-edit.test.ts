// Editing a checklist template's English version (issue 21), the pure part: a saved text is
// stamped with the fingerprint of the Swedish text as it is now, each text's status against the
// Swedish (up to date, missing, outdated), removing a text, the form's limits, and the notes the
// portal writes on a revision, stored in Swedish and shown in the reader's language.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteIn, portalNote } from '@/lib/checklist/revision-notes';
import { upsertItem } from '@/lib/checklist/template-edit';
import { removeTranslation, setTranslation, statusOf, translationStatuses } from '@/lib/checklist/translation-edit';
import { itemSource, localizeTemplate, sectionSource } from '@/lib/checklist/translations';
import { loadChecklists } from '@/lib/content/loader';
import { messagesEn } from '@/lib/i18n/messages-en';
import { templateSnapshotSchema, type TemplateSnapshot } from '@/lib/validation/checklist';
import { englishHeadSchema, englishItemSchema, englishRemoveSchema } from '@/lib/validation/checklist-english';
import { snapshotFromContent } from '@/prisma/seed/checklists';

const content = path.resolve(import.meta.dirname, '../../content');
const templates = loadChecklists(content);
const article6 = () => snapshotFromContent(templates.find((c) => c.data.key === 'cemr-artikel-6')!);
const swedishOnly = () => snapshotFromContent(templates.find((c) => c.data.key === 'skr-steg-4-kompetens')!);
const itemOf = (t: TemplateSnapshot, key: string) => t.sections.flatMap((s) => s.items).find((i) => i.key === key)!;
const shownItem = (t: TemplateSnapshot, key: string) =>
  localizeTemplate(t, 'en')
    .sections.flatMap((s) => s.items)
    .find((i) => i.key === key)!;
const english = { title: 'Internal communication is reviewed', explanation: 'Why it matters.', example: 'An example.' };
const key = 'a2-intern-kommunikation';

describe('the status of a text’s English', () => {
  it('is up to date, missing or outdated by the fingerprint of the Swedish it was made from', () => {
    expect(statusOf({ source: 'abc' }, 'abc')).toBe('current');
    expect(statusOf(undefined, 'abc')).toBe('missing');
    expect(statusOf({}, 'abc')).toBe('missing');
    expect(statusOf({ source: 'older' }, 'abc')).toBe('outdated');
  });

  it('is up to date for every text of the seeded Article 6 template, and missing for a template without English', () => {
    const status = translationStatuses(article6(), 'en');
    expect(status.head).toBe('current');
    expect(new Set([...Object.values(status.sections), ...Object.values(status.items)])).toEqual(new Set(['current']));
    const none = translationStatuses(swedishOnly(), 'en');
    expect(none.head).toBe('missing');
    expect(new Set(Object.values(none.items))).toEqual(new Set(['missing']));
  });

  it('turns outdated when the Swedish text changes, and up to date again when the English is saved', () => {
    const template = article6();
    const item = itemOf(template, key);
    const changed = upsertItem(template, {
      sectionKey: 'a2',
      originalKey: key,
      item: { ...item, example: 'Ett nytt svenskt exempel.' },
    });
    expect(translationStatuses(changed, 'en').items[key]).toBe('outdated');
    expect(shownItem(changed, key)).toMatchObject({
      lang: 'sv',
      title: item.title,
      example: 'Ett nytt svenskt exempel.',
    });
    const saved = setTranslation(changed, { language: 'en', block: { kind: 'item', key }, texts: english });
    expect(saved.translations!.en!.items[key]).toEqual({ source: itemSource(itemOf(changed, key)), ...english });
    expect(translationStatuses(saved, 'en').items[key]).toBe('current');
    expect(shownItem(saved, key)).toMatchObject({ lang: 'en', ...english });
  });
});

describe('setting and removing a text’s English', () => {
  it('adds an item’s English to a template that had none, without an English head', () => {
    const template = swedishOnly();
    const first = template.sections[0]!.items[0]!;
    const saved = templateSnapshotSchema.parse(
      setTranslation(template, { language: 'en', block: { kind: 'item', key: first.key }, texts: english }),
    );
    expect(saved.translations?.en).toEqual({
      sections: {},
      items: { [first.key]: { source: itemSource(first), ...english } },
    });
    const shown = localizeTemplate(saved, 'en');
    expect(shown).toMatchObject({ lang: 'sv', title: template.title });
    expect(shown.sections[0]!.items[0]).toMatchObject({ lang: 'en', title: english.title });
    expect(shown.sections[0]!.items[1]!.lang).toBe('sv');
  });

  it('stamps a section and the head with their Swedish as it is now', () => {
    const template = swedishOnly();
    const section = template.sections[0]!;
    const withSection = setTranslation(template, {
      language: 'en',
      block: { kind: 'section', key: section.key },
      texts: { title: 'Knowledge', commitment: 'We learn.' },
    });
    expect(withSection.translations!.en!.sections[section.key]!.source).toBe(sectionSource(section));
    const head = { title: 'SKR step 4', summary: 'A summary.', intro: 'An introduction.' };
    // Without its introduction the English head would hide the Swedish one.
    expect(() =>
      setTranslation(withSection, { language: 'en', block: { kind: 'head' }, texts: { ...head, intro: ' ' } }),
    ).toThrow('Skriv inledningen på engelska.');
    const withHead = templateSnapshotSchema.parse(
      setTranslation(withSection, { language: 'en', block: { kind: 'head' }, texts: head }),
    );
    expect(translationStatuses(withHead, 'en').head).toBe('current');
    expect(localizeTemplate(withHead, 'en')).toMatchObject({ lang: 'en', title: 'SKR step 4', summary: 'A summary.' });
    expect(localizeTemplate(withHead, 'en').sections[0]).toMatchObject({ lang: 'en', title: 'Knowledge' });
  });

  it('removes a text’s English, so that readers get the Swedish, and keeps the rest', () => {
    const template = article6();
    const withoutItem = removeTranslation(template, { language: 'en', block: { kind: 'item', key } });
    expect(withoutItem.translations!.en!.items).not.toHaveProperty(key);
    expect(translationStatuses(withoutItem, 'en').items[key]).toBe('missing');
    expect(shownItem(withoutItem, key).lang).toBe('sv');
    expect(shownItem(withoutItem, 'a2-forebilder').lang).toBe('en');
    const withoutHead = templateSnapshotSchema.parse(
      removeTranslation(withoutItem, { language: 'en', block: { kind: 'head' } }),
    );
    expect(translationStatuses(withoutHead, 'en').head).toBe('missing');
    expect(localizeTemplate(withoutHead, 'en')).toMatchObject({ lang: 'sv', title: template.title });
    expect(localizeTemplate(withoutHead, 'en').sections[0]!.lang).toBe('en');
    // Nothing to remove: the template is as it was.
    expect(removeTranslation(swedishOnly(), { language: 'en', block: { kind: 'head' } })).toEqual(swedishOnly());
  });

  it('refuses a section or item the template does not have, naming it in the editor’s language', () => {
    const template = article6();
    const texts = { title: 'X', commitment: 'Y' };
    expect(() => setTranslation(template, { language: 'en', block: { kind: 'section', key: 'a9' }, texts })).toThrow(
      'Avsnittet "a9" finns inte i mallen.',
    );
    expect(() => removeTranslation(template, { language: 'en', block: { kind: 'item', key: 'nej' } }, 'en')).toThrow(
      'The item “nej” is not in the template.',
    );
  });
});

describe('the English forms’ checks', () => {
  const ref = { templateId: 't1', version: '3' };
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((i) => i.message) ?? [];

  it('require a heading and the item’s texts, within the Swedish fields’ limits, each with its English', () => {
    const item = { ...ref, key, ...english };
    expect(englishItemSchema.safeParse(item).success).toBe(true);
    expect(messages(englishItemSchema.safeParse({ ...item, title: '   ' }))).toEqual(['Skriv rubriken på engelska.']);
    expect(messages(englishItemSchema.safeParse({ ...item, title: 'x'.repeat(201) }))).toEqual([
      'Rubriken får vara högst 200 tecken.',
    ]);
    expect(messages(englishItemSchema.safeParse({ ...item, explanation: 'x'.repeat(1001) }))).toEqual([
      'Förklaringen får vara högst 1 000 tecken.',
    ]);
    expect(messages(englishItemSchema.safeParse({ ...item, example: '' }))).toEqual(['Skriv exemplet på engelska.']);
    const head = { ...ref, title: 'T', summary: 'S' };
    expect(englishHeadSchema.parse(head).intro).toBe('');
    expect(messages(englishHeadSchema.safeParse({ ...head, summary: 'x'.repeat(501) }))).toEqual([
      'Sammanfattningen får vara högst 500 tecken.',
    ]);
    expect(messages(englishHeadSchema.safeParse({ ...head, intro: 'x'.repeat(20_001) }))).toEqual([
      'Inledningen får vara högst 20 000 tecken.',
    ]);
    expect(messages(englishRemoveSchema.safeParse({ ...ref, block: 'item', key: '' }))).toEqual([
      'Ogiltig del av mallen.',
    ]);
    expect(englishRemoveSchema.safeParse({ ...ref, block: 'head' }).success).toBe(true);
    for (const message of [
      'Skriv rubriken på engelska.',
      'Skriv sammanfattningen på engelska.',
      'Sammanfattningen får vara högst 500 tecken.',
      'Inledningen får vara högst 20 000 tecken.',
      'Ogiltig del av mallen.',
    ])
      expect(messagesEn[message], message).toMatch(/^[A-Z]/);
  });
});

describe('the notes the portal writes on a revision', () => {
  it('are stored in Swedish and shown in the reader’s language; an editor’s own note is shown as written', () => {
    expect(portalNote('englishNote', { key })).toBe(`Engelsk text: ${key}`);
    expect(noteIn(`Engelsk text: ${key}`, 'en')).toBe(`English text: ${key}`);
    expect(noteIn(`Tog bort engelsk text: ${key}`, 'en')).toBe(`Removed English text: ${key}`);
    expect(noteIn(portalNote('englishHeadNote'), 'en')).toBe('English text: the template’s title and summary');
    expect(noteIn('Återställd från version 12', 'en')).toBe('Restored from version 12');
    expect(noteIn('Tog bort punkten a1-handlingsplan', 'en')).toBe('Removed the item a1-handlingsplan');
    expect(noteIn(`Engelsk text: ${key}`, 'sv')).toBe(`Engelsk text: ${key}`);
    expect(noteIn('Tydligare rubrik', 'en')).toBe('Tydligare rubrik');
    expect(noteIn('Återställd från version tolv', 'en')).toBe('Återställd från version tolv');
  });
});
