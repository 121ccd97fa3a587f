import { AdminNav } from '@/components/admin/admin-nav';
import { AreaMessages } from '@/components/layout/area-messages';
import { requirePermission } from '@/lib/auth/guards';

// An early check for the whole area; every page and action checks its own permission as well,
// because a layout is not re-run on every navigation in Next.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('admin:people', '/admin');
  return (
    <AreaMessages area="admin">
      <AdminNav />
      {children}
    </AreaMessages>
  );
}
