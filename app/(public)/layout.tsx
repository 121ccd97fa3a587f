import { AppShell } from '@/components/layout/app-shell';

// Prerendered pages: the header learns the session in the browser.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
