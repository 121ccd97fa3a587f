'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signOut, useSession } from 'next-auth/react';
import { SearchBox } from '@/components/search/search-box';
import { t } from '@/lib/i18n';
import type { Role } from '@/lib/auth/permissions';
import { navItemsFor } from './nav-items';

export type HeaderUser = { name?: string | null; role?: Role };

/**
 * `initialUser` is the server's answer (undefined: not known, on prerendered pages); it holds until
 * the browser's session has loaded, which then wins (after signing out, for one).
 */
export function HeaderSession({ brand, initialUser }: { brand: React.ReactNode; initialUser?: HeaderUser | null }) {
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
          <SearchBox id="sok-sidhuvud" label="Sök i vägledning och kurser" hideLabel onDark landmark="Sök i portalen" />
        </div>
        <div className="flex min-h-9 items-center gap-3 text-sm">
          {user ? (
            <>
              <Link href="/konto" className="text-white hover:text-brand-100">
                <span className="sr-only">{t.nav.signedInAs} </span>
                <span data-testid="signed-in-user">{user.name}</span>
              </Link>
              <button
                type="button"
                onClick={() => signOut({ callbackUrl: '/' })}
                className="rounded border border-white/70 px-3 py-1.5 font-medium text-white hover:bg-white hover:text-brand-800"
              >
                {t.nav.signOut}
              </button>
            </>
          ) : user === null ? (
            <Link
              href="/logga-in"
              className="rounded bg-white px-3 py-1.5 font-medium text-brand-800 no-underline hover:bg-brand-50"
            >
              {t.nav.signIn}
            </Link>
          ) : null}
        </div>
      </div>
      <nav aria-label={t.nav.label} className="bg-brand-900">
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
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
