'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeContentEditor, type ContentEditor } from '@/lib/auth/content-guards';
import { db } from '@/lib/db';
import { getGuideForEditor } from '@/lib/data/guide-editor';
import {
  CONFLICT_MESSAGE,
  SLUG_TAKEN_MESSAGE,
  createGuide,
  deleteGuide,
  publishLatest,
  restoreRevision,
  saveGuide,
  unpublishGuide,
} from '@/lib/data/guide-store';
import { ExpectedError } from '@/lib/errors';
import { diffText, type DiffBlock } from '@/lib/guides/diff';
import { todayInSweden } from '@/lib/guides/labels';
import { contentFromForm, formValuesFrom, parseGuideForm, type GuideFormValues } from '@/lib/validation/guide';
import { fromError, fromZodError, type ActionState } from './state';

export type GuideConflict = {
  version: number;
  authorName: string;
  savedAt: string;
  title: string;
  blocks: DiffBlock[];
};

/** The editor form's state: a refused save gives the editor's own text back in `values`. */
export type GuideFormState = ActionState & {
  values?: GuideFormValues;
  version?: number;
  conflict?: GuideConflict;
  stamp?: number;
};

/**
 * Readers' pages that show guidance: the changed addresses, every guide page (they show related
 * pages' titles) and the start page. The pattern names the route group: Next tags cached pages
 * with the file path, so '/vagledning/[slug]' alone would match nothing.
 */
function refreshPublicPages(...slugs: string[]) {
  for (const slug of new Set(slugs)) revalidatePath(`/vagledning/${slug}`);
  revalidatePath('/(public)/vagledning/[slug]', 'page');
  revalidatePath('/vagledning');
  revalidatePath('/');
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export async function saveGuideAction(previous: GuideFormState, form: FormData): Promise<GuideFormState> {
  // Each answer gets a new stamp: the form is keyed on it and shows the answer's values afresh.
  return { ...(await save(form)), stamp: (previous.stamp ?? 0) + 1 };
}

async function save(form: FormData): Promise<GuideFormState> {
  const values = formValuesFrom(form);
  const pageId = text(form, 'pageId');
  // "Save mine anyway" after a conflict names the version the editor has now seen.
  const baseVersion = Number(text(form, 'forceVersion') || text(form, 'version'));
  const publish = text(form, 'intent') === 'publish';
  const keep = { values, version: baseVersion };
  let editor: ContentEditor;
  try {
    editor = await authorizeContentEditor();
  } catch (error) {
    return { ...fromError(error), ...keep };
  }
  const parsed = parseGuideForm({ ...values, related: values.related.filter((slug) => slug !== values.slug) });
  if (!parsed.success) return { ...fromZodError(parsed.error), ...keep };
  const content = contentFromForm(parsed.data, todayInSweden());
  const base = {
    db,
    organisationId: editor.hostOrganisationId,
    actorId: editor.id,
    slug: parsed.data.slug,
    content,
    note: parsed.data.note,
    publish,
  };

  if (!pageId) {
    let created: { pageId: string };
    try {
      created = await createGuide(base);
    } catch (error) {
      return slugOrError(error, keep);
    }
    if (publish) refreshPublicPages(parsed.data.slug);
    redirect(`/redaktion/vagledning/${created.pageId}?${publish ? 'publicerad' : 'sparad'}=1`);
  }

  try {
    const result = await saveGuide({ ...base, pageId, baseVersion });
    if (publish || result.slug !== result.previousSlug) refreshPublicPages(result.slug, result.previousSlug);
    const renamed =
      result.slug !== result.previousSlug
        ? ` Sidans adress är nu /vagledning/${result.slug}; den gamla leder hit.`
        : '';
    const message = publish
      ? `Version ${result.revisionNumber} är publicerad. Läsarna ser den nu.${renamed}`
      : result.changed
        ? `Utkastet är sparat som version ${result.revisionNumber}. Läsarna ser det först när du publicerar.${renamed}`
        : renamed.trim() || 'Inga ändringar att spara.';
    return { status: 'success', message, values: { ...values, note: '' }, version: result.version };
  } catch (error) {
    if (error instanceof ExpectedError && error.message === CONFLICT_MESSAGE)
      return conflictState(editor, pageId, keep);
    return slugOrError(error, keep);
  }
}

function slugOrError(error: unknown, keep: Pick<GuideFormState, 'values' | 'version'>): GuideFormState {
  if (error instanceof ExpectedError && error.message === SLUG_TAKEN_MESSAGE) {
    return {
      status: 'error',
      message: 'Rätta de markerade fälten.',
      fieldErrors: { slug: [SLUG_TAKEN_MESSAGE] },
      ...keep,
    };
  }
  return { ...fromError(error), ...keep };
}

async function conflictState(
  editor: ContentEditor,
  pageId: string,
  keep: { values: GuideFormValues; version: number },
): Promise<GuideFormState> {
  const current = await getGuideForEditor(editor.hostOrganisationId, pageId);
  if (!current)
    return {
      status: 'error',
      message: 'Sidan finns inte längre. Den kan ha tagits bort. Din text finns kvar i formuläret.',
      ...keep,
    };
  return {
    status: 'error',
    message: CONFLICT_MESSAGE,
    ...keep,
    conflict: {
      version: current.version,
      authorName: current.latest.authorName,
      savedAt: current.latest.createdAt.toISOString(),
      title: current.content.title,
      blocks: diffText(current.content.body, keep.values.body),
    },
  };
}

/** For the small confirm forms (publish, unpublish, delete, restore): errors are shown inline. */
export type SimpleState = ActionState;

export async function publishGuideAction(_: SimpleState, form: FormData): Promise<SimpleState> {
  const pageId = text(form, 'pageId');
  let slug: string;
  try {
    const editor = await authorizeContentEditor();
    ({ slug } = await publishLatest({
      db,
      organisationId: editor.hostOrganisationId,
      actorId: editor.id,
      pageId,
      baseVersion: Number(text(form, 'version')),
    }));
  } catch (error) {
    return fromError(error);
  }
  refreshPublicPages(slug);
  redirect(`/redaktion/vagledning/${pageId}?publicerad=1`);
}

export async function unpublishGuideAction(_: SimpleState, form: FormData): Promise<SimpleState> {
  const pageId = text(form, 'pageId');
  let slug: string;
  try {
    const editor = await authorizeContentEditor();
    ({ slug } = await unpublishGuide({ db, organisationId: editor.hostOrganisationId, actorId: editor.id, pageId }));
  } catch (error) {
    return fromError(error);
  }
  refreshPublicPages(slug);
  redirect(`/redaktion/vagledning/${pageId}?avpublicerad=1`);
}

export async function deleteGuideAction(_: SimpleState, form: FormData): Promise<SimpleState> {
  let slug: string;
  try {
    const editor = await authorizeContentEditor();
    ({ slug } = await deleteGuide({
      db,
      organisationId: editor.hostOrganisationId,
      actorId: editor.id,
      pageId: text(form, 'pageId'),
    }));
  } catch (error) {
    return fromError(error);
  }
  refreshPublicPages(slug);
  redirect('/redaktion/vagledning?borttagen=1');
}

export async function restoreRevisionAction(_: SimpleState, form: FormData): Promise<SimpleState> {
  const pageId = text(form, 'pageId');
  const number = Number(text(form, 'number'));
  try {
    const editor = await authorizeContentEditor();
    await restoreRevision({
      db,
      organisationId: editor.hostOrganisationId,
      actorId: editor.id,
      pageId,
      baseVersion: Number(text(form, 'version')),
      number,
    });
  } catch (error) {
    return fromError(error);
  }
  redirect(`/redaktion/vagledning/${pageId}?aterstalld=${number}`);
}
