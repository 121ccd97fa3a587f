import { requirePermission } from '@/lib/auth/guards';

export default async function ChecklistLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('checklist:read', '/checklista');
  return children;
}
