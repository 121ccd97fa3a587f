'use server';

import { authorizeContentEditor } from '@/lib/auth/guards';
import { defaultLocale, translator, type Messages } from '@/lib/i18n';
import { readerLocale, readerTranslator } from '@/lib/i18n/messages';
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
import { revisionAnswer } from './template-answers';
import { action, type Revalidate } from './action';

// Template editing in /redaktion/checklistor. Each save is a new revision (checked against the
// version the editor started from); publishing makes the newest revision live for everyone.

const editorPages: Revalidate[] = [['/redaktion/checklistor', 'layout']];

// Messages with a version number come from the catalogue in the reader's language; the fixed ones
// stay Swedish here and are translated by the action pipeline (lib/i18n/messages-en.ts);
// Swedish outside a request (scripts, unit tests).
const words = async () => {
  const t = await readerTranslator();
  return (key: keyof Messages['editorTemplates']['templateActions'], values?: Record<string, string>) =>
    t(`editorTemplates.templateActions.${key}`, values);
};

const saved = revisionAnswer('saved');

export const saveTemplateItemAction = action({
  guard: authorizeContentEditor,
  schema: templateItemSchema,
  arrays: ['linkedCourses'],
  run: async ({ templateId, version, note, sectionKey, originalKey, ...item }, { viewer }) => {
    const locale = await readerLocale();
    return saveTemplateRevision({
      editor: viewer,
      templateId,
      version,
      note,
      change: (t) => upsertItem(t, { sectionKey, originalKey, item }, locale),
    });
  },
  revalidate: editorPages,
  success: saved,
});

export const removeTemplateItemAction = action({
  guard: authorizeContentEditor,
  schema: templateItemRemoveSchema,
  // The note stands in for the one the editor did not write. Stored, it is the history's own
  // language (Swedish), as the course editor's notes are; the refusals follow the reader.
  run: async ({ templateId, version, note, key }, { viewer }) => {
    const locale = await readerLocale();
    return saveTemplateRevision({
      editor: viewer,
      templateId,
      version,
      note: note || translator(defaultLocale)('editorTemplates.templateActions.removedNote', { key }),
      change: (t) => removeItem(t, key, locale),
    });
  },
  revalidate: editorPages,
  success: saved,
});

export const saveTemplateSectionAction = action({
  guard: authorizeContentEditor,
  schema: templateSectionSchema,
  run: async ({ templateId, version, note, originalKey, key, ...fields }, { viewer }) => {
    const locale = await readerLocale();
    return saveTemplateRevision({
      editor: viewer,
      templateId,
      version,
      note,
      change: (t) => updateSection(t, originalKey || key, fields, locale),
    });
  },
  revalidate: editorPages,
  success: saved,
});

export const publishTemplateAction = action({
  guard: authorizeContentEditor,
  schema: templateRevisionSchema,
  run: (data, { viewer }) => publishTemplateRevision({ editor: viewer, ...data }),
  // Publishing changes what every organisation's checklist shows.
  revalidate: [...editorPages, ['/checklista', 'layout']],
  success: async (_, { number }) => (await words())('published', { number: String(number) }),
});

export const restoreTemplateRevisionAction = action({
  guard: authorizeContentEditor,
  schema: templateRevisionSchema,
  run: (data, { viewer }) => restoreTemplateRevision({ editor: viewer, ...data }),
  revalidate: editorPages,
  success: async (result, { number }) =>
    result.saved
      ? (await words())('restored', { number: String(number), saved: String(result.number) })
      : 'Den versionen är redan den senaste.',
});
