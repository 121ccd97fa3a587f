import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { passageTag } from '@/components/editor/passage';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { getGuideForEditor, listGuideRevisions } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { TableRegion } from '@/components/ui/table-region';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.history'))('metaTitle') };
}

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/historik`);
  const [guide, revisions, t, locale] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    listGuideRevisions(editor.hostOrganisationId, id),
    getTranslations('editorGuides'),
    getLocale() as Promise<Locale>,
  ]);
  if (!guide || !revisions) notFound();
  return (
    <>
      <PageHeader
        title={t.rich('history.title', { title: guide.content.title, name: passageTag(locale) })}
        lead={t('history.lead')}
      >
        <p className="mt-4">
          <Link href={`/redaktion/vagledning/${id}`}>{t('history.back')}</Link>
        </p>
      </PageHeader>
      <TableRegion label={t('history.region')}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left text-slate-700">
            {t('history.caption', { count: revisions.length })}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">
                {t('history.version')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('history.saved')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('history.by')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('history.note')}
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.number} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/redaktion/vagledning/${id}/historik/${r.number}`}>
                    {t('version', { number: r.number })}
                  </Link>
                  {r.published ? (
                    <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs font-semibold text-green-900">
                      {t('status.PUBLISHED')}
                    </span>
                  ) : null}
                </th>
                <td className="py-2 pr-4">{formatDateTime(r.createdAt, locale)}</td>
                <td className="py-2 pr-4">{r.authorName}</td>
                <td className="py-2 pr-4">{r.note ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
