import { requirePermission } from '@/lib/auth/guards';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('admin:people', '/admin');
  return children;
}
