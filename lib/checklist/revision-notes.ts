// The notes the portal writes on a template's revisions (a restore, a removed item, an English
// text) are stored in Swedish, the history's own language, as the course editor's are; the history
// table reads them back to show them in the reader's language. What an editor wrote stays as written.
import { defaultLocale, messages, translator, type Locale, type Messages } from '@/lib/i18n';

type Actions = Messages['editorTemplates']['templateActions'];
const notes = [
  'englishHeadNote',
  'englishHeadRemovedNote',
  'englishNote',
  'englishRemovedNote',
  'removedNote',
  'restoredNote',
] as const satisfies readonly (keyof Actions)[];
type NoteKey = (typeof notes)[number];

/** A note the portal writes, in Swedish. */
export const portalNote = (key: NoteKey, values?: Record<string, string>) =>
  translator(defaultLocale)(`editorTemplates.templateActions.${key}`, values);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Each Swedish note as a pattern: {key} is a template key, {number} a version number.
const patterns = notes.map((key) => {
  const names: string[] = [];
  const source = escape(messages(defaultLocale).editorTemplates.templateActions[key]).replace(
    /\\\{(\w+)\\\}/g,
    (_, name: string) => {
      names.push(name);
      return name === 'number' ? '(\\d+)' : '([a-z0-9]+(?:-[a-z0-9]+)*)';
    },
  );
  return { key, names, pattern: new RegExp(`^${source}$`) };
});

/** A revision's note in the reader's language when the portal wrote it, else as it was written. */
export function noteIn(note: string, locale: Locale): string {
  if (locale === defaultLocale) return note;
  for (const { key, names, pattern } of patterns) {
    const match = pattern.exec(note);
    if (match)
      return translator(locale)(
        `editorTemplates.templateActions.${key}`,
        Object.fromEntries(names.map((n, i) => [n, match[i + 1]!])),
      );
  }
  return note;
}
