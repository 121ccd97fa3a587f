'use server';

import { authorize } from '@/lib/auth/guards';
import { canOpenChecklist } from '@/lib/auth/permissions';
import { currentItemVersion } from '@/lib/data/checklist-item-history';
import { addChecklistComment, updateChecklistItem } from '@/lib/data/checklist-items';
import { openChecklist } from '@/lib/data/checklists';
import { forbidden } from '@/lib/errors';
import { commentSchema, itemUpdateSchema, openChecklistSchema } from '@/lib/validation/checklist';
import { action, revalidateHere, type Revalidate } from './action';

const checklistPages: Revalidate[] = [['/checklista', 'layout']];

export const saveChecklistItemAction = action({
  guard: () => authorize('checklist:edit-assigned'),
  schema: itemUpdateSchema,
  run: (data, { viewer }) => updateChecklistItem(viewer, data),
  revalidate: checklistPages,
  success: ({ saved }) => (saved ? 'Punkten är sparad.' : 'Du ändrade inget, så inget sparades.'),
  onError: async (error, { viewer, values }) => {
    if (error.code !== 'STALE_VERSION') return undefined;
    // Show what the other person saved (the page re-reads it) while the form keeps this person's values.
    revalidateHere([['/checklista', 'layout']]);
    const item = { checklistId: values.checklistId ?? '', itemKey: values.itemKey ?? '' };
    return { values: { ...values, version: String(await currentItemVersion(viewer, item)) } };
  },
});

export const addCommentAction = action({
  guard: () => authorize('checklist:edit-assigned'),
  schema: commentSchema,
  run: (data, { viewer }) => addChecklistComment(viewer, data),
  revalidate: checklistPages,
  success: 'Kommentaren är sparad.',
});

export const openChecklistAction = action({
  guard: async () => {
    const viewer = await authorize('checklist:edit-any');
    if (!canOpenChecklist(viewer)) throw forbidden();
    return viewer;
  },
  schema: openChecklistSchema,
  run: (data, { viewer }) => openChecklist(viewer, { templateId: data.templateId, unitId: data.unitId || null }),
  revalidate: checklistPages,
  redirect: ({ id }) => `/checklista?lista=${encodeURIComponent(id)}`,
});
