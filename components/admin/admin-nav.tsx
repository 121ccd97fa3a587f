'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/admin', label: 'Personer', match: (p: string) => p === '/admin' || p.startsWith('/admin/personer') },
  { href: '/admin/enheter', label: 'Enheter', match: (p: string) => p.startsWith('/admin/enheter') },
  { href: '/admin/import', label: 'Importera personal', match: (p: string) => p.startsWith('/admin/import') },
  { href: '/admin/radering', label: 'Begäran om radering', match: (p: string) => p.startsWith('/admin/radering') },
  { href: '/admin/installningar', label: 'Inställningar', match: (p: string) => p.startsWith('/admin/installningar') },
  { href: '/admin/inloggning', label: 'Inloggning', match: (p: string) => p.startsWith('/admin/inloggning') },
  {
    href: '/admin/provisionering',
    label: 'Provisionering',
    match: (p: string) => p.startsWith('/admin/provisionering'),
  },
  { href: '/admin/logg', label: 'Händelselogg', match: (p: string) => p.startsWith('/admin/logg') },
];

/** The administration's own menu; the current section is marked for screen readers too. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration" className="mb-6">
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
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
