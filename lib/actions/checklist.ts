'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { canOpenChecklist } from '@/lib/checklist/access';
import { authorize } from '@/lib/auth/guards';
import { addChecklistComment, currentItemVersion, updateChecklistItem } from '@/lib/data/checklist-items';
import { openChecklist } from '@/lib/data/checklists';
import { ExpectedError, forbidden } from '@/lib/errors';
import { commentSchema, itemUpdateSchema, openChecklistSchema } from '@/lib/validation/checklist';
import { fromError, fromZodError, type ActionState } from './state';

/** What the person typed, sent back so the form keeps it after an error or a conflict. */
export type FormValues = Record<string, string>;
export type ChecklistFormState = ActionState & { values?: FormValues; nonce?: number };

const typed = (form: FormData): FormValues =>
  Object.fromEntries(
    [...form.entries()].filter(([k, v]) => typeof v === 'string' && !k.startsWith('$')) as [string, string][],
  );

const refresh = () => revalidatePath('/checklista', 'layout');

export async function saveChecklistItemAction(_prev: ChecklistFormState, form: FormData): Promise<ChecklistFormState> {
  const values = typed(form);
  const nonce = Date.now();
  try {
    const viewer = await authorize('checklist:edit-assigned');
    const parsed = itemUpdateSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values, nonce };
    const { saved } = await updateChecklistItem(viewer, parsed.data);
    refresh();
    return { status: 'success', message: saved ? 'Punkten är sparad.' : 'Du ändrade inget, så inget sparades.', nonce };
  } catch (error) {
    if (error instanceof ExpectedError && error.kind === 'conflict') {
      // Show what the other person saved (the page re-reads it) while the form keeps this person's values.
      refresh();
      const version = await currentItemVersion(values.checklistId ?? '', values.itemKey ?? '');
      return { status: 'error', message: error.message, values: { ...values, version: String(version) }, nonce };
    }
    return { ...fromError(error), values, nonce };
  }
}

export async function addCommentAction(_prev: ChecklistFormState, form: FormData): Promise<ChecklistFormState> {
  const values = typed(form);
  const nonce = Date.now();
  try {
    const viewer = await authorize('checklist:edit-assigned');
    const parsed = commentSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values, nonce };
    await addChecklistComment(viewer, parsed.data);
    refresh();
    return { status: 'success', message: 'Kommentaren är sparad.', nonce };
  } catch (error) {
    return { ...fromError(error), values, nonce };
  }
}

export async function openChecklistAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const viewer = await authorize('checklist:edit-any');
    if (!canOpenChecklist(viewer)) throw forbidden();
    const parsed = openChecklistSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return fromZodError(parsed.error);
    ({ id } = await openChecklist(viewer, { templateId: parsed.data.templateId, unitId: parsed.data.unitId || null }));
    refresh();
  } catch (error) {
    return fromError(error);
  }
  redirect(`/checklista?lista=${encodeURIComponent(id)}`);
}
