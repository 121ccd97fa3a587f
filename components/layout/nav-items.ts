import { can, type Permission, type Role } from '@/lib/auth/permissions';
import type { Messages } from '@/lib/i18n';

/** `label` is the item's key in the catalogue's `nav` (the caller translates it). */
export type NavItem = { href: string; label: keyof Messages['nav'] };

const items: (NavItem & { needs?: Permission })[] = [
  { href: '/vagledning', label: 'guidance' },
  { href: '/larvagar', label: 'paths' },
  { href: '/exempel', label: 'examples' },
  { href: '/checklista', label: 'checklist', needs: 'checklist:read' },
  { href: '/min-sida', label: 'myPage', needs: 'profile:own' },
  { href: '/chef', label: 'team', needs: 'team:view' },
  { href: '/statistik', label: 'statistics', needs: 'stats:view-units' },
  { href: '/redaktion', label: 'editor', needs: 'content:edit' },
  { href: '/admin', label: 'admin', needs: 'admin:people' },
];

/** The navigation a person sees: public links, plus what their role may open. */
export function navItemsFor(role: Role | null): NavItem[] {
  return items
    .filter((item) => !item.needs || (role !== null && can(role, item.needs)))
    .map(({ href, label }) => ({ href, label }));
}
