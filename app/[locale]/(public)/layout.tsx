import { AppShell } from '@/components/layout/app-shell';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

// Prerendered pages (once per language): the header learns the session in the browser.
export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  await pageLocale(params);
  return <AppShell>{children}</AppShell>;
}
