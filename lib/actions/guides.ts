'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authorizeContentEditor } from '@/lib/auth/guards';
import { stockholmDay } from '@/lib/dates';
import { getGuideForEditor } from '@/lib/data/guide-editor';
import {
  createGuide,
  deleteGuide,
  publishLatest,
  restoreRevision,
  saveGuide,
  unpublishGuide,
} from '@/lib/data/guide-writes';
import { diffText, type DiffBlock } from '@/lib/guides/diff';
import { invalidVersion, VERSION_MESSAGE, versionSchema } from '@/lib/validation/form';
import {
  contentFromForm,
  englishFromForm,
  formValuesFrom,
  guideFormInput,
  guideSaveSchema,
  str,
  type GuideFormValues,
} from '@/lib/validation/guide';
import { action, type Revalidate } from './action';

export type GuideConflict = {
  version: number;
  authorName: string;
  savedAt: string;
  title: string;
  blocks: DiffBlock[];
};

/** What the editor form sent; a refused save gives it back, with the page version it was based on. */
export type GuideValues = GuideFormValues & { pageId?: string; intent?: string; version?: string };

/**
 * Readers' pages that show guidance: the changed addresses, every guide page (they show related
 * pages' titles) and the start page. The pattern names the route group: Next tags cached pages
 * with the file path, so '/vagledning/[slug]' alone would match nothing.
 */
const publicPages = (...slugs: string[]): Revalidate[] => [
  ...new Set(slugs.map((slug) => `/vagledning/${slug}`)),
  ['/(public)/vagledning/[slug]', 'page'],
  '/vagledning',
  '/',
];

// The sources are fields that repeat as groups, so the guide reads its form with its own reader.
const readGuide = (form: FormData): GuideValues => ({
  ...formValuesFrom(form),
  pageId: str(form.get('pageId')),
  intent: str(form.get('intent')),
  // "Save mine anyway" after a conflict names the version the editor has now seen.
  version: str(form.get('forceVersion')) || str(form.get('version')),
});

/** What a save did, in the reader's language; "no changes" is a fixed message, translated by the pipeline. */
async function savedMessage(result: Awaited<ReturnType<typeof saveGuide>>, publish: boolean): Promise<string> {
  const t = await getTranslations('editorGuides.saved');
  const renamed = result.slug !== result.previousSlug ? t('renamed', { slug: result.slug }) : '';
  const said = publish
    ? t('published', { number: result.revisionNumber })
    : result.changed
      ? t('draft', { number: result.revisionNumber })
      : '';
  return [said, renamed].filter(Boolean).join(' ') || 'Inga ändringar att spara.';
}

export const saveGuideAction = action({
  guard: authorizeContentEditor,
  read: readGuide,
  schema: guideSaveSchema,
  input: (v) => guideFormInput({ ...v, related: v.related.filter((slug) => slug !== v.slug) }),
  invalid: invalidVersion,
  run: async (data, { viewer, values }) => {
    const publish = values.intent === 'publish';
    const base = {
      organisationId: viewer.hostOrganisationId,
      actorId: viewer.id,
      slug: data.slug,
      content: contentFromForm(data, stockholmDay(new Date())),
      english: englishFromForm(data),
      note: data.note,
      publish,
    };
    // The schema requires a version whenever a page id is sent.
    if (!data.pageId || data.version === undefined) return { publish, created: await createGuide(base) };
    return { publish, saved: await saveGuide({ ...base, pageId: data.pageId, baseVersion: data.version }) };
  },
  revalidate: ({ publish, created, saved }, { slug, pageId }) => {
    if (created) return publish ? publicPages(slug) : [];
    // The editor's own page too: its status box names the latest version.
    const editor = `/redaktion/vagledning/${pageId}`;
    const renamed = saved.slug !== saved.previousSlug;
    return publish || renamed ? [editor, ...publicPages(saved.slug, saved.previousSlug)] : [editor];
  },
  redirect: ({ publish, created }) =>
    created && `/redaktion/vagledning/${created.pageId}?${publish ? 'publicerad' : 'sparad'}=1`,
  // A new page redirects above; a saved one says what happened and keeps the form with the new version.
  success: async ({ publish, saved }, _, { values }) => ({
    message: await savedMessage(saved!, publish),
    values: { ...values, note: '', version: String(saved!.version) },
  }),
  fieldFor: { SLUG_TAKEN: 'slug' },
  onError: async (error, { viewer, values }) => {
    if (error.code !== 'STALE_VERSION' || !values.pageId) return undefined;
    const current = await getGuideForEditor(viewer.hostOrganisationId, values.pageId);
    if (!current)
      return { message: 'Sidan finns inte längre. Den kan ha tagits bort. Din text finns kvar i formuläret.' };
    const conflict: GuideConflict = {
      version: current.version,
      authorName: current.latest.authorName,
      savedAt: current.latest.createdAt.toISOString(),
      title: current.content.title,
      blocks: diffText(current.content.body, values.body),
    };
    return { data: { conflict } };
  },
});

// The small confirm forms (publish, unpublish, delete, restore): a refusal is shown inline.
const pageForm = z.object({ pageId: z.string().default(''), version: versionSchema.default(0) });
const editorOf = (viewer: { id: string; hostOrganisationId: string }) => ({
  organisationId: viewer.hostOrganisationId,
  actorId: viewer.id,
});

export const publishGuideAction = action({
  guard: authorizeContentEditor,
  schema: pageForm,
  invalid: VERSION_MESSAGE,
  run: ({ pageId, version }, { viewer }) => publishLatest({ ...editorOf(viewer), pageId, baseVersion: version }),
  revalidate: ({ slug }) => publicPages(slug),
  redirect: (_, { pageId }) => `/redaktion/vagledning/${pageId}?publicerad=1`,
});

export const unpublishGuideAction = action({
  guard: authorizeContentEditor,
  schema: pageForm,
  invalid: VERSION_MESSAGE,
  run: ({ pageId }, { viewer }) => unpublishGuide({ ...editorOf(viewer), pageId }),
  revalidate: ({ slug }) => publicPages(slug),
  redirect: (_, { pageId }) => `/redaktion/vagledning/${pageId}?avpublicerad=1`,
});

export const deleteGuideAction = action({
  guard: authorizeContentEditor,
  schema: pageForm,
  invalid: VERSION_MESSAGE,
  run: ({ pageId }, { viewer }) => deleteGuide({ ...editorOf(viewer), pageId }),
  revalidate: ({ slug }) => publicPages(slug),
  redirect: () => '/redaktion/vagledning?borttagen=1',
});

export const restoreRevisionAction = action({
  guard: authorizeContentEditor,
  schema: pageForm.extend({ number: versionSchema }),
  invalid: VERSION_MESSAGE,
  run: ({ pageId, version, number }, { viewer }) =>
    restoreRevision({ ...editorOf(viewer), pageId, baseVersion: version, number }),
  redirect: (_, { pageId, number }) => `/redaktion/vagledning/${pageId}?aterstalld=${number}`,
});
