import Link from 'next/link';
import { t } from '@/lib/i18n';
import { HeaderSession } from './header-session';

// The header is static so that public pages can be prerendered; the signed-in part and the
// role's navigation come from the session on the client. Access itself is checked on the server.
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-brand-800 text-white">
      <HeaderSession
        brand={
          <Link href="/" className="text-lg font-bold text-white no-underline hover:text-brand-100">
            {t.siteName}
          </Link>
        }
      />
    </header>
  );
}
