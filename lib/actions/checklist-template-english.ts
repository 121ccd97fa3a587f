'use server';

import { authorizeContentEditor } from '@/lib/auth/guards';
import { portalNote } from '@/lib/checklist/revision-notes';
import { removeTranslation, setTranslation, type Block } from '@/lib/checklist/translation-edit';
import { saveTemplateRevision } from '@/lib/data/checklist-template-edits';
import type { Locale } from '@/lib/i18n';
import { readerLocale } from '@/lib/i18n/messages';
import type { TemplateSnapshot } from '@/lib/validation/checklist';
import {
  englishHeadSchema,
  englishItemSchema,
  englishRemoveSchema,
  englishSectionSchema,
} from '@/lib/validation/checklist-english';
import { action, type Revalidate } from './action';
import { revisionAnswer } from './template-answers';

// The English version of a checklist template, one text block (the head, a section, an item) at a
// time. Each save is a new revision of the template, checked against the version the editor started
// from like every other change of it; the English reaches readers when that revision is published.

const editorPages: Revalidate[] = [['/redaktion/checklistor', 'layout']];
const language = 'en';

type Editor = Awaited<ReturnType<typeof authorizeContentEditor>>;
type Ref = { templateId: string; version: number };

/**
 * One change of the English as a new revision, with the note the portal writes (stored in Swedish,
 * shown in the reader's language); a refusal that names a key is in the reader's language.
 */
async function revise(
  editor: Editor,
  {
    ref,
    block,
    removed,
    change,
  }: { ref: Ref; block: Block; removed: boolean; change: (t: TemplateSnapshot, locale: Locale) => TemplateSnapshot },
) {
  const locale = await readerLocale();
  const note =
    block.kind === 'head'
      ? portalNote(removed ? 'englishHeadRemovedNote' : 'englishHeadNote')
      : portalNote(removed ? 'englishRemovedNote' : 'englishNote', { key: block.key });
  return saveTemplateRevision({ editor, ...ref, note, change: (t) => change(t, locale) });
}

export const saveEnglishHeadAction = action({
  guard: authorizeContentEditor,
  schema: englishHeadSchema,
  run: ({ templateId, version, ...texts }, { viewer }) => {
    const block = { kind: 'head' } as const;
    return revise(viewer, {
      ref: { templateId, version },
      block,
      removed: false,
      change: (t, locale) => setTranslation(t, { language, block, texts }, locale),
    });
  },
  revalidate: editorPages,
  success: revisionAnswer('saved'),
});

export const saveEnglishSectionAction = action({
  guard: authorizeContentEditor,
  schema: englishSectionSchema,
  run: ({ templateId, version, key, ...texts }, { viewer }) => {
    const block = { kind: 'section', key } as const;
    return revise(viewer, {
      ref: { templateId, version },
      block,
      removed: false,
      change: (t, locale) => setTranslation(t, { language, block, texts }, locale),
    });
  },
  revalidate: editorPages,
  success: revisionAnswer('saved'),
});

export const saveEnglishItemAction = action({
  guard: authorizeContentEditor,
  schema: englishItemSchema,
  run: ({ templateId, version, key, ...texts }, { viewer }) => {
    const block = { kind: 'item', key } as const;
    return revise(viewer, {
      ref: { templateId, version },
      block,
      removed: false,
      change: (t, locale) => setTranslation(t, { language, block, texts }, locale),
    });
  },
  revalidate: editorPages,
  success: revisionAnswer('saved'),
});

export const removeEnglishAction = action({
  guard: authorizeContentEditor,
  schema: englishRemoveSchema,
  run: ({ templateId, version, block: kind, key }, { viewer }) => {
    const block: Block = kind === 'head' ? { kind } : { kind, key };
    return revise(viewer, {
      ref: { templateId, version },
      block,
      removed: true,
      change: (t, locale) => removeTranslation(t, { language, block }, locale),
    });
  },
  revalidate: editorPages,
  success: revisionAnswer('englishRemoved'),
});
