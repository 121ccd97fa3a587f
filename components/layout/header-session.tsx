'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signOut, useSession } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { SearchBox } from '@/components/search/search-box';
import type { Role } from '@/lib/auth/permissions';
import { LanguageSwitch } from './language-switch';
import { navItemsFor } from './nav-items';

export type HeaderUser = { name?: string | null; role?: Role };

/**
 * `initialUser` is the server's answer (undefined: not known, on prerendered pages); it holds until
 * the browser's session has loaded, which then wins (after signing out, for one).
 */
export function HeaderSession({ brand, initialUser }: { brand: React.ReactNode; initialUser?: HeaderUser | null }) {
  const t = useTranslations('nav');
  const { data, status } = useSession();
  const pathname = usePathname();
  const user: HeaderUser | null | undefined =
    status === 'loading' ? initialUser : status === 'authenticated' ? data.user : null;
  const items = navItemsFor(user?.role ?? null);
  return (
    <>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        {brand}
        <div className="order-last w-full sm:order-none sm:w-72">
          <SearchBox id="sok-sidhuvud" hideLabel onDark />
        </div>
        <div className="flex min-h-9 flex-wrap items-center gap-3 text-sm">
          <LanguageSwitch />
          {user ? (
            <>
              <Link href="/konto" className="text-white hover:text-brand-100">
                <span className="sr-only">{t('signedInAs')} </span>
                <span data-testid="signed-in-user">{user.name}</span>
              </Link>
              <button
                type="button"
                onClick={() => signOut({ callbackUrl: '/' })}
                className="rounded border border-white/70 px-3 py-1.5 font-medium text-white hover:bg-white hover:text-brand-800"
              >
                {t('signOut')}
              </button>
            </>
          ) : user === null ? (
            <Link
              href="/logga-in"
              className="rounded bg-white px-3 py-1.5 font-medium text-brand-800 no-underline hover:bg-brand-50"
            >
              {t('signIn')}
            </Link>
          ) : null}
        </div>
      </div>
      <nav aria-label={t('label')} className="bg-brand-900">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          {items.map((item) => {
            const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current ? 'page' : undefined}
                  className={`block px-3 py-2 text-sm text-white no-underline hover:bg-brand-700 hover:text-white ${current ? 'bg-brand-700 font-semibold' : ''}`}
                >
                  {t(item.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
