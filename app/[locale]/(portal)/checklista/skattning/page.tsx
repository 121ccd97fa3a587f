import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ScoreComparison } from '@/components/checklist-scores/score-comparison';
import { ScoreHistory } from '@/components/checklist-scores/score-history';
import { Markdown } from '@/components/content/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getScoreTemplate, listScoreTemplates, loadScoreOverview } from '@/lib/data/checklist-scores';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('scores'))('title') };
}

type Props = { searchParams: Promise<{ mall?: string }> };

export default async function ScoresPage({ searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista/skattning');
  const { mall } = await searchParams;
  const template = await getScoreTemplate(typeof mall === 'string' ? mall : undefined);
  if (!template) notFound();
  const [rows, templates] = await Promise.all([loadScoreOverview(viewer, template), listScoreTemplates()]);
  const { snapshot } = template;
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  // The self-assessment templates (SKR's steps) are written in Swedish only.
  const sv = passageLang(locale);
  return (
    <>
      <PageHeader title={snapshot.title} lead={snapshot.summary} lang={sv}>
        {sv ? <p className="mt-2 text-sm text-slate-700">{t('scores.inSwedish')}</p> : null}
        <p className="mt-3">
          <Link href="/checklista">{t('checklist.back')}</Link>
        </p>
      </PageHeader>
      {templates.length > 1 ? (
        <nav aria-label={t('scores.others')} className="mb-8">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {templates.map((other) => (
              <li key={other.key}>
                <Link
                  href={`/checklista/skattning?mall=${other.key}`}
                  aria-current={other.key === template.key ? 'page' : undefined}
                  lang={sv}
                >
                  {other.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="compare-heading" className="mb-12">
        <h2 id="compare-heading" className="mb-3 text-xl font-semibold">
          {t('scores.compareHeading')}
        </h2>
        <ScoreComparison rows={rows} sections={snapshot.sections} />
      </section>
      <section aria-labelledby="history-heading" className="mb-12">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          {t('scores.historyHeading')}
        </h2>
        <ScoreHistory rows={rows} templateKey={template.key} />
      </section>
      <div lang={sv}>
        <Markdown source={snapshot.intro} />
      </div>
    </>
  );
}
