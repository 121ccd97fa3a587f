import Link from 'next/link';
import { AppShell } from '@/components/layout/app-shell';
import { FrameUnlessDrawn } from '@/components/layout/frame-context';
import { ForbiddenHelp } from '@/components/errors/forbidden-help';
import { t } from '@/lib/i18n';

export default function Forbidden() {
  const content = (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t.errors.forbiddenTitle}</h1>
      <ForbiddenHelp />
      <Link href="/">{t.errors.toStart}</Link>
    </div>
  );
  return <FrameUnlessDrawn frame={<AppShell>{content}</AppShell>}>{content}</FrameUnlessDrawn>;
}
