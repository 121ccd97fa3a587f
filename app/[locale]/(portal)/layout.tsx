import { AppShell } from '@/components/layout/app-shell';
import { getViewer } from '@/lib/auth/guards';

// Pages rendered per request (signed-in areas, and course, path and example pages that show the
// reader's own progress): the header is drawn with the person already known, so it never shows
// the signed-out header first. Each page still checks its own access; some are open to everyone.
// Prerendered pages live in app/[locale]/(public), whose header learns the session in the browser.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  return <AppShell user={viewer ? { name: viewer.name, role: viewer.role } : null}>{children}</AppShell>;
}
