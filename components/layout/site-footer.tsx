import Link from 'next/link';
import { env } from '@/lib/env';
import { t } from '@/lib/i18n';

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-slate-700 md:flex-row md:justify-between">
        <div className="space-y-1">
          <p>{t.footer.about}</p>
          <p>
            {t.footer.contact} <a href={`mailto:${env.PORTAL_CONTACT_EMAIL}`}>{env.PORTAL_CONTACT_EMAIL}</a>
          </p>
        </div>
        <ul className="flex gap-4">
          <li>
            <Link href="/om/tillganglighet">{t.footer.accessibility}</Link>
          </li>
          <li>
            <Link href="/om/personuppgifter">{t.footer.privacy}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
