import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConfirmForm } from '@/components/editor/confirm-form';
import { passageTag } from '@/components/editor/passage';
import { RevisionDiff } from '@/components/editor/revision-diff';
import { PageHeader } from '@/components/ui/page-header';
import { restoreRevisionAction } from '@/lib/actions/guides';
import { requireContentEditor } from '@/lib/auth/guards';
import { getGuideForEditor, getRevisionPair } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.revision'))('metaTitle') };
}

export default async function RevisionPage({ params }: { params: Promise<{ id: string; nummer: string }> }) {
  const { id, nummer } = await params;
  const number = Number(nummer);
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/historik/${nummer}`);
  if (!Number.isInteger(number) || number < 1) notFound();
  const [guide, pair, t, locale] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    getRevisionPair(editor.hostOrganisationId, id, number),
    getTranslations('editorGuides.revision'),
    getLocale() as Promise<Locale>,
  ]);
  if (!guide || !pair) notFound();
  const { current, previous } = pair;
  const isLatest = current.number === guide.latest.number;
  const saved = t('lead', { time: formatDateTime(current.createdAt, locale), author: current.authorName });
  return (
    <>
      <PageHeader
        title={t.rich('title', { number: current.number, title: current.title, name: passageTag(locale) })}
        lead={current.note ? `${saved} ${t('note', { note: current.note })}` : saved}
      >
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href={`/redaktion/vagledning/${id}/historik`}>{t('backToHistory')}</Link>
          <Link href={`/redaktion/vagledning/${id}`}>{t('toEditor')}</Link>
        </p>
      </PageHeader>
      <section aria-labelledby="changes-heading" className="mb-8">
        <h2 id="changes-heading" className="mb-3 text-xl font-semibold">
          {previous ? t('changesSince', { number: previous.number }) : t('first')}
        </h2>
        <RevisionDiff current={current} previous={previous} />
      </section>
      {isLatest ? (
        <p>{t('latest')}</p>
      ) : (
        <section aria-labelledby="restore-heading" className="rounded-lg border border-slate-200 p-4">
          <h2 id="restore-heading" className="mb-2 text-xl font-semibold">
            {t('restoreHeading')}
          </h2>
          <p className="mb-4 max-w-prose">
            {t('restoreText', { number: current.number, next: guide.latest.number + 1 })}
          </p>
          <ConfirmForm
            action={restoreRevisionAction}
            fields={{ pageId: id, number: current.number, version: guide.version }}
            label={t('restore', { number: current.number })}
          />
        </section>
      )}
    </>
  );
}
