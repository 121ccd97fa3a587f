import { AdminNav } from '@/components/admin/admin-nav';
import { requirePermission } from '@/lib/auth/guards';

// An early check for the whole area; every page and action checks its own permission as well,
// because a layout is not re-run on every navigation in Next.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('admin:people', '/admin');
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
