'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';

// `label`: the section's key in the catalogue (adminPeople.nav).
const links = [
  { href: '/admin', label: 'people', match: (p: string) => p === '/admin' || p.startsWith('/admin/personer') },
  { href: '/admin/enheter', label: 'units', match: (p: string) => p.startsWith('/admin/enheter') },
  { href: '/admin/import', label: 'import', match: (p: string) => p.startsWith('/admin/import') },
  { href: '/admin/radering', label: 'deletion', match: (p: string) => p.startsWith('/admin/radering') },
  { href: '/admin/installningar', label: 'settings', match: (p: string) => p.startsWith('/admin/installningar') },
  { href: '/admin/inloggning', label: 'signIn', match: (p: string) => p.startsWith('/admin/inloggning') },
  {
    href: '/admin/provisionering',
    label: 'provisioning',
    match: (p: string) => p.startsWith('/admin/provisionering'),
  },
  { href: '/admin/logg', label: 'log', match: (p: string) => p.startsWith('/admin/logg') },
] as const;

/** The administration's own menu; the current section is marked for screen readers too. */
export function AdminNav() {
  const pathname = usePathname();
  const t = useTranslations('adminPeople.nav');
  return (
    <nav aria-label={t('label')} className="mb-6">
      <ul className="flex flex-wrap gap-x-1 gap-y-2 border-b border-slate-300">
        {links.map((link) => {
          const current = link.match(pathname);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={`-mb-px block border-b-4 px-3 py-2 no-underline ${current ? 'border-brand-700 font-semibold text-brand-900' : 'border-transparent text-slate-700 hover:border-slate-400'}`}
              >
                {t(link.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
