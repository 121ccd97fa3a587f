// The English version of a checklist template edited in /redaktion/checklistor/<mall>/engelska
// (issue 21), through its Server Actions against a real database: a save is a new revision with the
// fingerprint of the Swedish as it is now; a stale version, bad input and a non-editor write
// nothing; readers see the English once the revision is published, and the Swedish (until the
// English is saved again) when the Swedish text has changed since.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checklistDb, type Editor } from '../support/checklist-db';
import type { Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

// The guard lets anyone through here, so that the data layer's own check is what refuses a
// non-editor (the action's guard, authorizeContentEditor, is a second check before it).
const signedIn = vi.hoisted(() => ({ viewer: null as unknown }));
vi.mock('@/lib/auth/guards', () => ({ authorizeContentEditor: async () => signedIn.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

type Actions = typeof import('@/lib/actions/checklist-template-english');
type Snapshot = import('@/lib/validation/checklist').TemplateSnapshot;

let s: Seeded;
let db: import('@/lib/db').Db;
let people: Record<string, Editor>;
let actions: Actions;
let idle: typeof import('@/lib/actions/state').idle;

const key = 'a2-intern-kommunikation';
const english = {
  title: 'Internal communication supports gender equality',
  explanation: 'Give the intranet’s editors a short checklist.',
  example: 'The editors log who is quoted, and change how they choose.',
};

beforeAll(async () => {
  ({ s, db, people } = await checklistDb());
  actions = await import('@/lib/actions/checklist-template-english');
  ({ idle } = await import('@/lib/actions/state'));
});
afterAll(() => s.close());

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, String(value));
  return data;
};
const template = () =>
  db.checklistTemplate.findUniqueOrThrow({
    where: { organisationId_key: { organisationId: people.strateg!.organisationId, key: 'cemr-artikel-6' } },
    select: { id: true, version: true, publishedRevisionId: true },
  });
const revisions = async () => db.checklistTemplateRevision.count({ where: { templateId: (await template()).id } });
const latest = async () => {
  const row = await db.checklistTemplateRevision.findFirstOrThrow({
    where: { templateId: (await template()).id },
    orderBy: { number: 'desc' },
    select: { number: true, note: true, published: true, snapshot: true },
  });
  return { ...row, snapshot: JSON.parse(row.snapshot) as Snapshot };
};
const itemOf = (t: Snapshot) => t.sections.flatMap((x) => x.items).find((i) => i.key === key)!;
async function saveItem(as: Editor, texts: Record<string, string>, version?: number) {
  signedIn.viewer = as;
  const t = await template();
  return actions.saveEnglishItemAction(idle, form({ templateId: t.id, version: version ?? t.version, key, ...texts }));
}
async function publish() {
  const { publishTemplateRevision } = await import('@/lib/data/checklist-template-edits');
  const t = await template();
  await publishTemplateRevision({
    editor: people.strateg!,
    templateId: t.id,
    version: t.version,
    number: (await latest()).number,
  });
  const { getPublishedTemplate } = await import('@/lib/data/checklist-templates');
  const { localizeTemplate } = await import('@/lib/checklist/translations');
  const shown = localizeTemplate((await getPublishedTemplate(t.id))!, 'en');
  return shown.sections.flatMap((x) => x.items).find((i) => i.key === key)!;
}

describe(`the English version of a template, edited (${engine})`, () => {
  it('saves an item’s English as a new revision, stamped with the Swedish as it is now', async () => {
    const { itemSource } = await import('@/lib/checklist/translations');
    const before = await latest();
    const answer = await saveItem(people.strateg!, english);
    expect(answer).toMatchObject({ status: 'success', message: expect.stringMatching(/^Sparat som version \d+\./) });
    const after = await latest();
    expect(after.number).toBe(before.number + 1);
    expect(after).toMatchObject({ note: `Engelsk text: ${key}`, published: false });
    expect(after.snapshot.translations!.en!.items[key]).toEqual({
      source: itemSource(itemOf(after.snapshot)),
      ...english,
    });
    // Only that item's English changed: the Swedish and the other texts are as they were.
    const { translations: a, ...swedishAfter } = after.snapshot;
    const { translations: b, ...swedishBefore } = before.snapshot;
    expect(swedishAfter).toEqual(swedishBefore);
    expect({ ...a!.en!.items, [key]: null }).toEqual({ ...b!.en!.items, [key]: null });
    expect(a!.en!.title).toBe(b!.en!.title);
  });

  it('refuses a save from an out-of-date version, bad input and a non-editor, and writes nothing', async () => {
    const count = await revisions();
    const stale = await saveItem(
      people.strateg!,
      { ...english, title: 'Something else' },
      (await template()).version - 1,
    );
    expect(stale).toMatchObject({ status: 'error', code: 'STALE_VERSION' });
    expect(stale.message).toMatch(/^Någon annan har ändrat mallen medan du arbetade\./);
    expect(stale.values?.title).toBe('Something else');

    const empty = await saveItem(people.strateg!, { ...english, title: '  ' });
    expect(empty).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      fieldErrors: { title: ['Skriv rubriken på engelska.'] },
    });
    const long = await saveItem(people.strateg!, { ...english, example: 'x'.repeat(1001) });
    expect(long.fieldErrors?.example).toEqual(['Exemplet får vara högst 1 000 tecken.']);

    for (const who of ['chef', 'medarbetare', 'norrvik'])
      expect(await saveItem(people[who]!, { ...english, title: 'Not allowed' }), who).toMatchObject({
        status: 'error',
        code: 'NOT_FOUND',
        message: 'Mallen finns inte.',
      });
    expect(await revisions()).toBe(count);
    expect(itemOf((await latest()).snapshot)).toBeDefined();
    expect((await latest()).snapshot.translations!.en!.items[key]!.title).toBe(english.title);
  });

  it('shows the English to readers once published; outdated after a new Swedish wording, until saved again', async () => {
    expect(await publish()).toMatchObject({ lang: 'en', ...english });

    // An editor rewords the Swedish item: its English is outdated, and readers get the Swedish.
    const { saveTemplateRevision } = await import('@/lib/data/checklist-template-edits');
    const { upsertItem } = await import('@/lib/checklist/template-edit');
    const { translationStatuses } = await import('@/lib/checklist/translation-edit');
    const t = await template();
    await saveTemplateRevision({
      editor: people.strateg!,
      templateId: t.id,
      version: t.version,
      note: 'Ny rubrik',
      change: (x) =>
        upsertItem(x, { sectionKey: 'a2', originalKey: key, item: { ...itemOf(x), title: 'Intranätet granskas' } }),
    });
    expect(translationStatuses((await latest()).snapshot, 'en').items[key]).toBe('outdated');
    expect(await publish()).toMatchObject({ lang: 'sv', title: 'Intranätet granskas' });

    // Saving the same English again confirms it for the Swedish as it is now.
    expect(await saveItem(people.strateg!, english)).toMatchObject({ status: 'success' });
    expect(translationStatuses((await latest()).snapshot, 'en').items[key]).toBe('current');
    expect(await publish()).toMatchObject({ lang: 'en', ...english });
    // Saving it once more changes nothing, and no revision is made.
    const count = await revisions();
    expect(await saveItem(people.strateg!, english)).toMatchObject({
      status: 'success',
      message: 'Du ändrade inget, så ingen ny version sparades.',
    });
    expect(await revisions()).toBe(count);
  });

  it('removes an item’s English, and saves a section’s and the head’s', async () => {
    const { translationStatuses } = await import('@/lib/checklist/translation-edit');
    signedIn.viewer = people.strateg!;
    let t = await template();
    const removed = await actions.removeEnglishAction(
      idle,
      form({ templateId: t.id, version: t.version, block: 'item', key }),
    );
    expect(removed).toMatchObject({
      status: 'success',
      message: expect.stringMatching(/^Den engelska texten är borttagen\./),
    });
    expect((await latest()).note).toBe(`Tog bort engelsk text: ${key}`);
    expect(translationStatuses((await latest()).snapshot, 'en').items[key]).toBe('missing');

    t = await template();
    const section = { templateId: t.id, version: t.version, key: 'a2', title: 'Communication', commitment: '' };
    expect((await actions.saveEnglishSectionAction(idle, form(section))).fieldErrors?.commitment).toEqual([
      'Skriv åtagandet på engelska.',
    ]);
    expect(
      await actions.saveEnglishSectionAction(idle, form({ ...section, commitment: 'We communicate fairly.' })),
    ).toMatchObject({ status: 'success' });
    expect((await latest()).snapshot.translations!.en!.sections.a2).toMatchObject({ title: 'Communication' });

    t = await template();
    const head = { templateId: t.id, version: t.version, title: 'Article 6', summary: '', intro: '' };
    expect((await actions.saveEnglishHeadAction(idle, form(head))).fieldErrors?.summary).toEqual([
      'Skriv sammanfattningen på engelska.',
    ]);
    // The Swedish head has an introduction: an empty English one would hide it from English readers.
    expect(await actions.saveEnglishHeadAction(idle, form({ ...head, summary: 'About stereotypes.' }))).toMatchObject({
      status: 'error',
      message: 'Skriv inledningen på engelska.',
    });
    expect(
      await actions.saveEnglishHeadAction(idle, form({ ...head, summary: 'About stereotypes.', intro: 'Read first.' })),
    ).toMatchObject({ status: 'success' });
    expect((await latest()).note).toBe('Engelsk text: mallens rubrik och sammanfattning');
    expect((await latest()).snapshot.translations!.en).toMatchObject({ title: 'Article 6', intro: 'Read first.' });
  });
});
