import { AppShell } from '@/components/layout/app-shell';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export default async function AuthLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  await pageLocale(params);
  return <AppShell>{children}</AppShell>;
}
