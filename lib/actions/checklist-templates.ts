'use server';

import { authorizeContentEditor } from '@/lib/auth/guards';
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
import { action, type Revalidate } from './action';

// Template editing in /redaktion/checklistor. Each save is a new revision (checked against the
// version the editor started from); publishing makes the newest revision live for everyone.

const editorPages: Revalidate[] = [['/redaktion/checklistor', 'layout']];

const saved = (result: { saved: boolean; number: number }) =>
  result.saved
    ? `Sparat som version ${result.number}. Publicera mallen när organisationerna ska se ändringen.`
    : 'Du ändrade inget, så ingen ny version sparades.';

export const saveTemplateItemAction = action({
  guard: authorizeContentEditor,
  schema: templateItemSchema,
  arrays: ['linkedCourses'],
  run: ({ templateId, version, note, sectionKey, originalKey, ...item }, { viewer }) =>
    saveTemplateRevision({
      editor: viewer,
      templateId,
      version,
      note,
      change: (t) => upsertItem(t, { sectionKey, originalKey, item }),
    }),
  revalidate: editorPages,
  success: saved,
});

export const removeTemplateItemAction = action({
  guard: authorizeContentEditor,
  schema: templateItemRemoveSchema,
  run: ({ templateId, version, note, key }, { viewer }) =>
    saveTemplateRevision({
      editor: viewer,
      templateId,
      version,
      note: note || `Tog bort punkten ${key}`,
      change: (t) => removeItem(t, key),
    }),
  revalidate: editorPages,
  success: saved,
});

export const saveTemplateSectionAction = action({
  guard: authorizeContentEditor,
  schema: templateSectionSchema,
  run: ({ templateId, version, note, originalKey, key, ...fields }, { viewer }) =>
    saveTemplateRevision({
      editor: viewer,
      templateId,
      version,
      note,
      change: (t) => updateSection(t, originalKey || key, fields),
    }),
  revalidate: editorPages,
  success: saved,
});

export const publishTemplateAction = action({
  guard: authorizeContentEditor,
  schema: templateRevisionSchema,
  run: (data, { viewer }) => publishTemplateRevision({ editor: viewer, ...data }),
  // Publishing changes what every organisation's checklist shows.
  revalidate: [...editorPages, ['/checklista', 'layout']],
  success: (_, { number }) => `Version ${number} är publicerad. Organisationernas checklistor visar den nu.`,
});

export const restoreTemplateRevisionAction = action({
  guard: authorizeContentEditor,
  schema: templateRevisionSchema,
  run: (data, { viewer }) => restoreTemplateRevision({ editor: viewer, ...data }),
  revalidate: editorPages,
  success: (result, { number }) =>
    result.saved
      ? `Version ${number} är återställd som version ${result.number}. Publicera den för att göra den gällande.`
      : 'Den versionen är redan den senaste.',
});
