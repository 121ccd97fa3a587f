'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const links = [
  { href: '/chef', label: 'follow' },
  { href: '/chef/tilldela', label: 'assign' },
  { href: '/chef/regler', label: 'rules' },
  { href: '/chef/traffar', label: 'sessions' },
] as const;

/** The manager's pages; the current one is marked for screen readers as well as visually. */
export function TeamNav() {
  const pathname = usePathname();
  const t = useTranslations('teamNav');
  return (
    <nav aria-label={t('label')} className="mb-6 print:hidden">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-b border-slate-200 pb-3">
        {links.map((l) => {
          const current = l.href === '/chef' ? pathname === '/chef' : pathname.startsWith(l.href);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={current ? 'page' : undefined}
                className={current ? 'font-semibold text-slate-900 no-underline' : undefined}
              >
                {t(l.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
