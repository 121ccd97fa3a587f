import { AppShell } from '@/components/layout/app-shell';
import { getViewer } from '@/lib/auth/guards';

// Signed-in pages are rendered per request anyway: the header is drawn with the person already
// known, so it never shows the signed-out header first. Each area still checks its own access.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  return <AppShell user={viewer ? { name: viewer.name, role: viewer.role } : null}>{children}</AppShell>;
}
