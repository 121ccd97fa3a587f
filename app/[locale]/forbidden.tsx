import Link from 'next/link';
import { AppShell } from '@/components/layout/app-shell';
import { FrameUnlessDrawn } from '@/components/layout/frame-context';
import { ForbiddenHelp } from '@/components/errors/forbidden-help';
import { useTranslations } from 'next-intl';

export default function Forbidden() {
  const t = useTranslations('errors');
  const content = (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t('forbiddenTitle')}</h1>
      <ForbiddenHelp />
      <Link href="/">{t('toStart')}</Link>
    </div>
  );
  return <FrameUnlessDrawn frame={<AppShell>{content}</AppShell>}>{content}</FrameUnlessDrawn>;
}
