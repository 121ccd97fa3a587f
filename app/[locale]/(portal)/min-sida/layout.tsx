import { requirePermission } from '@/lib/auth/guards';

export default async function MyPageLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('profile:own', '/min-sida');
  return children;
}
