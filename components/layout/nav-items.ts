import { can, type Permission, type Role } from '@/lib/auth/permissions';
import { t } from '@/lib/i18n';

export type NavItem = { href: string; label: string };

const items: { href: string; label: string; needs?: Permission; signedIn?: boolean }[] = [
  { href: '/vagledning', label: t.nav.guidance },
  { href: '/larvagar', label: t.nav.paths },
  { href: '/exempel', label: t.nav.examples },
  { href: '/checklista', label: t.nav.checklist, needs: 'checklist:read' },
  { href: '/min-sida', label: t.nav.myPage, needs: 'profile:own' },
  { href: '/chef', label: t.nav.team, needs: 'team:view' },
  { href: '/statistik', label: t.nav.statistics, needs: 'stats:view-units' },
  { href: '/redaktion', label: t.nav.editor, needs: 'content:edit' },
  { href: '/admin', label: t.nav.admin, needs: 'admin:people' },
];

/** The navigation a person sees: public links, plus what their role may open. */
export function navItemsFor(role: Role | null): NavItem[] {
  return items
    .filter((item) => !item.needs || (role !== null && can(role, item.needs)))
    .map(({ href, label }) => ({ href, label }));
}
