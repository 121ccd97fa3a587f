'use client';

import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';

/**
 * The other language, for everyone (also readers who are not signed in): a plain form to
 * app/api/sprak, which remembers the choice and sends the reader back to this address, drawn
 * anew. Its text is in the language it offers, marked so screen readers pronounce it right.
 */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations('language');
  const pathname = usePathname();
  const other = locale === 'sv' ? 'en' : 'sv';
  return (
    <form action="/api/sprak" method="post">
      <input type="hidden" name="sprak" value={other} />
      <input type="hidden" name="tillbaka" value={pathname} />
      <button
        type="submit"
        lang={other}
        className="rounded px-2 py-1.5 font-medium text-white underline underline-offset-2 hover:bg-brand-700"
      >
        {t('switchTo')}
      </button>
    </form>
  );
}
