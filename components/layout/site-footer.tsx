import Link from 'next/link';
import { env } from '@/lib/env';
import { useTranslations } from 'next-intl';

export function SiteFooter() {
  const t = useTranslations('footer');
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-slate-700 md:flex-row md:justify-between">
        <div className="space-y-1">
          <p>{t('about')}</p>
          <p>
            {t('contact')} <a href={`mailto:${env.PORTAL_CONTACT_EMAIL}`}>{env.PORTAL_CONTACT_EMAIL}</a>
          </p>
        </div>
        <ul className="flex gap-4">
          <li>
            <Link href="/om/tillganglighet">{t('accessibility')}</Link>
          </li>
          <li>
            <Link href="/om/personuppgifter">{t('privacy')}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
