import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { HeaderSession, type HeaderUser } from './header-session';

// Public pages are prerendered, so their header learns the session in the browser; signed-in
// pages pass the person from the server (`user`), so nothing changes once the page has loaded.
// Access itself is checked on the server.
export function SiteHeader({ user }: { user?: HeaderUser | null }) {
  const t = useTranslations();
  return (
    <header className="border-b border-slate-200 bg-brand-800 text-white">
      <HeaderSession
        initialUser={user}
        brand={
          <Link href="/" className="text-lg font-bold text-white no-underline hover:text-brand-100">
            {t('siteName')}
          </Link>
        }
      />
    </header>
  );
}
