import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { EditableGuide } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';

/** Where the page stands: what readers see, what is still a draft, and what can be done next. */
export function GuideStatus({ guide }: { guide: EditableGuide }) {
  const t = useTranslations('editorGuides');
  const locale = useLocale() as Locale;
  const base = `/redaktion/vagledning/${guide.id}`;
  const live = guide.status === 'PUBLISHED';
  const pending = !live || guide.publishedNumber !== guide.latest.number;
  return (
    <section aria-labelledby="status-heading" className="mb-8 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="status-heading" className="sr-only">
        {t('guideStatus.status')}
      </h2>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('guideStatus.status')}</dt>
        <dd data-testid="guide-status">
          {t(`status.${guide.status}`)}
          {` – ${live ? t('guideStatus.seen', { number: guide.publishedNumber ?? 0 }) : t('guideStatus.unseen')}`}
        </dd>
        <dt className="font-medium">{t('guideStatus.latest')}</dt>
        <dd>
          {t('version', { number: guide.latest.number })}, {guide.latest.authorName},{' '}
          {formatDateTime(guide.latest.createdAt, locale)}
          {live && pending ? ` ${t('guideStatus.notPublished')}` : null}
        </dd>
      </dl>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <li>
          <Link href={`${base}/forhandsvisning`}>
            {pending ? t('guideStatus.previewAndPublish') : t('guideStatus.preview')}
          </Link>
        </li>
        <li>
          <Link href={`${base}/historik`}>{t('guideStatus.history')}</Link>
        </li>
        {live ? (
          <>
            <li>
              {/* No prefetch: a render started now could finish after a rename and cache the old page. */}
              <Link href={`/vagledning/${guide.slug}`} prefetch={false}>
                {t('guideStatus.viewPublished')}
              </Link>
            </li>
            <li>
              <Link href={`${base}/avpublicera`}>{t('guideStatus.unpublish')}</Link>
            </li>
          </>
        ) : null}
        <li>
          <Link href={`${base}/ta-bort`} className="text-red-800">
            {t('guideStatus.delete')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
