import { requirePermission } from '@/lib/auth/guards';

export default async function StatsLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('stats:view-units', '/statistik');
  return children;
}
