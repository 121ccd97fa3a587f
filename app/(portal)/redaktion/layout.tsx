import { requirePermission } from '@/lib/auth/guards';

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('content:edit', '/redaktion');
  return children;
}
