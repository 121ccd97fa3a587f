// Small pieces shared by the assignment and rule forms: an error line tied to its field, and the
// one select that lists learning paths and courses together.
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {error}
    </p>
  );
}

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** Titles in the reader's language where they have one; `lang` says which language a title is in. */
export type AssignableOptions = {
  paths: { id: string; title: string; courseCount: number; lang?: Locale }[];
  courses: { id: string; title: string; lang?: Locale }[];
};

export function ItemSelect({
  items,
  error,
  defaultItem = '',
}: {
  items: AssignableOptions;
  error?: string;
  /** "course:<id>" or "path:<id>" to start from (giving a withdrawn course again). */
  defaultItem?: string;
}) {
  const t = useTranslations('assign');
  const locale = useLocale();
  return (
    <div>
      <label htmlFor="item" className="mb-1 block font-medium">
        {t('item')}
      </label>
      <select
        id="item"
        name="item"
        required
        defaultValue={defaultItem}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && 'item-error')}
        className="w-full max-w-xl rounded border border-slate-400 px-3 py-2"
      >
        <option value="" disabled>
          {t('chooseItem')}
        </option>
        <optgroup label={t('paths')}>
          {items.paths.map((p) => (
            <option key={p.id} value={`path:${p.id}`} lang={passageLang(locale, p.lang)}>
              {t('pathOption', { title: p.title, count: p.courseCount })}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('courses')}>
          {items.courses.map((c) => (
            <option key={c.id} value={`course:${c.id}`} lang={passageLang(locale, c.lang)}>
              {c.title}
            </option>
          ))}
        </optgroup>
      </select>
      <FieldError id="item-error" error={error} />
    </div>
  );
}

export const inputClass = 'w-full max-w-xl rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700';
