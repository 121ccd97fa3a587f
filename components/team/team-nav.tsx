'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/chef', label: 'Teamets uppföljning' },
  { href: '/chef/tilldela', label: 'Tilldela' },
  { href: '/chef/regler', label: 'Regler för tilldelning' },
  { href: '/chef/traffar', label: 'Gruppträffar' },
];

/** The manager's pages; the current one is marked for screen readers as well as visually. */
export function TeamNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Chefens sidor" className="mb-6 print:hidden">
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
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
