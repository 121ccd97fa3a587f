import { useTranslations } from 'next-intl';
import { MAX_QUERY } from '@/lib/search/limits';

type Props = {
  /** Unique on the page: the header and the start page may both show a search box. */
  id?: string;
  /** The visible or hidden label; the catalogue's when left out. */
  label?: string;
  /** The header has no room for a visible label; the button and the landmark still name it. */
  hideLabel?: boolean;
  defaultValue?: string;
  /** The search landmark's name: unique when a page has two. */
  landmark?: string;
  /** On the header's dark background. */
  onDark?: boolean;
};

/**
 * One search box for guidance and courses, for the header and the start page. A plain GET form
 * to /vagledning: it works without JavaScript, and the result page has an address to share.
 */
export function SearchBox({ id = 'sok', label, hideLabel = false, defaultValue, landmark, onDark = false }: Props) {
  const t = useTranslations('search');
  return (
    <form
      role="search"
      aria-label={landmark ?? t('landmark')}
      action="/vagledning"
      method="get"
      className="flex min-w-0 flex-col gap-1"
    >
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'font-medium'}>
        {label ?? t('label')}
      </label>
      <div className="flex min-w-0 gap-2">
        <input
          id={id}
          name="q"
          type="search"
          maxLength={MAX_QUERY}
          defaultValue={defaultValue}
          enterKeyHint="search"
          className={`w-full min-w-0 rounded border border-slate-400 bg-white text-slate-900 ${onDark ? 'px-2 py-1.5 text-sm' : 'px-3 py-2'}`}
        />
        <button
          type="submit"
          className={
            onDark
              ? 'shrink-0 rounded border border-white/70 px-3 py-1.5 text-sm font-medium text-white hover:bg-white hover:text-brand-800'
              : 'btn-primary shrink-0 justify-center'
          }
        >
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
