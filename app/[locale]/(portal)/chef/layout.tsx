import { TeamNav } from '@/components/team/team-nav';
import { requirePermission } from '@/lib/auth/guards';

export default async function TeamLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('team:view', '/chef');
  return (
    <>
      <TeamNav />
      {children}
    </>
  );
}
