'use server';

import { revalidatePath } from 'next/cache';
import type { SessionUser } from '@/lib/auth/guards';
import { authorizeTemplateEditor } from '@/lib/checklist/editor-access';
import { removeItem, updateSection, upsertItem } from '@/lib/checklist/template-edit';
import {
  publishTemplateRevision,
  restoreTemplateRevision,
  saveTemplateRevision,
} from '@/lib/data/checklist-template-edits';
import {
  templateItemRemoveSchema,
  templateItemSchema,
  templateRevisionSchema,
  templateSectionSchema,
} from '@/lib/validation/checklist';
import type { ChecklistFormState, FormValues } from './checklist';
import { fromError, fromZodError, type ActionState } from './state';

// Template editing in /redaktion/checklistor. Each save is a new revision (checked against the
// version the editor started from); publishing makes the newest revision live for everyone.

/** What was typed; the course checkboxes (several values) come back comma-separated. */
const typed = (form: FormData): FormValues =>
  Object.fromEntries(
    [...new Set(form.keys())]
      .filter((k) => !k.startsWith('$'))
      .map((k) => [
        k,
        form
          .getAll(k)
          .filter((v) => typeof v === 'string')
          .join(','),
      ]),
  );

function refresh(live = false) {
  revalidatePath('/redaktion/checklistor', 'layout');
  if (live) revalidatePath('/checklista', 'layout');
}

/** Guard → the work → a state that keeps what was typed when something went wrong. */
async function run(form: FormData, work: (editor: SessionUser) => Promise<ActionState>): Promise<ChecklistFormState> {
  const values = typed(form);
  const nonce = Date.now();
  try {
    const state = await work(await authorizeTemplateEditor());
    return state.status === 'error' ? { ...state, values, nonce } : { ...state, nonce };
  } catch (error) {
    return { ...fromError(error), values, nonce };
  }
}

const saved = (result: { saved: boolean; number: number }): ActionState => ({
  status: 'success',
  message: result.saved
    ? `Sparat som version ${result.number}. Publicera mallen när organisationerna ska se ändringen.`
    : 'Du ändrade inget, så ingen ny version sparades.',
});

export async function saveTemplateItemAction(_prev: ChecklistFormState, form: FormData): Promise<ChecklistFormState> {
  return run(form, async (editor) => {
    const parsed = templateItemSchema.safeParse({
      ...typed(form),
      linkedCourses: form.getAll('linkedCourses').filter((v) => typeof v === 'string'),
    });
    if (!parsed.success) return fromZodError(parsed.error);
    const { templateId, version, note, sectionKey, originalKey, ...item } = parsed.data;
    const result = await saveTemplateRevision({
      editor,
      templateId,
      version,
      note,
      change: (t) => upsertItem(t, { sectionKey, originalKey, item }),
    });
    refresh();
    return saved(result);
  });
}

export async function removeTemplateItemAction(_prev: ChecklistFormState, form: FormData): Promise<ChecklistFormState> {
  return run(form, async (editor) => {
    const parsed = templateItemRemoveSchema.safeParse(typed(form));
    if (!parsed.success) return fromZodError(parsed.error);
    const { templateId, version, note, key } = parsed.data;
    const result = await saveTemplateRevision({
      editor,
      templateId,
      version,
      note: note || `Tog bort punkten ${key}`,
      change: (t) => removeItem(t, key),
    });
    refresh();
    return saved(result);
  });
}

export async function saveTemplateSectionAction(
  _prev: ChecklistFormState,
  form: FormData,
): Promise<ChecklistFormState> {
  return run(form, async (editor) => {
    const parsed = templateSectionSchema.safeParse({ ...typed(form), optional: form.get('optional') === 'on' });
    if (!parsed.success) return fromZodError(parsed.error);
    const { templateId, version, note, originalKey, key, ...fields } = parsed.data;
    const result = await saveTemplateRevision({
      editor,
      templateId,
      version,
      note,
      change: (t) => updateSection(t, originalKey || key, fields),
    });
    refresh();
    return saved(result);
  });
}

export async function publishTemplateAction(_prev: ChecklistFormState, form: FormData): Promise<ChecklistFormState> {
  return run(form, async (editor) => {
    const parsed = templateRevisionSchema.safeParse(typed(form));
    if (!parsed.success) return fromZodError(parsed.error);
    await publishTemplateRevision({ editor, ...parsed.data });
    refresh(true);
    return {
      status: 'success',
      message: `Version ${parsed.data.number} är publicerad. Organisationernas checklistor visar den nu.`,
    };
  });
}

export async function restoreTemplateRevisionAction(
  _prev: ChecklistFormState,
  form: FormData,
): Promise<ChecklistFormState> {
  return run(form, async (editor) => {
    const parsed = templateRevisionSchema.safeParse(typed(form));
    if (!parsed.success) return fromZodError(parsed.error);
    const result = await restoreTemplateRevision({ editor, ...parsed.data });
    refresh();
    return {
      status: 'success',
      message: result.saved
        ? `Version ${parsed.data.number} är återställd som version ${result.number}. Publicera den för att göra den gällande.`
        : 'Den versionen är redan den senaste.',
    };
  });
}
