import 'server-only';
import { readerTranslator } from '@/lib/i18n/messages';

// What a saved revision of a checklist template answers, in the reader's language: the template
// editor's actions and its English page's share it. "Nothing changed" is a fixed message, which the
// action pipeline translates.

/** The answer to a save that made (or did not make) a new revision of the template. */
export const revisionAnswer =
  (key: 'saved' | 'englishRemoved') =>
  async ({ saved, number }: { saved: boolean; number: number }) =>
    saved
      ? (await readerTranslator())(`editorTemplates.templateActions.${key}`, { number: String(number) })
      : 'Du ändrade inget, så ingen ny version sparades.';
