import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ScoreComparison } from '@/components/checklist-scores/score-comparison';
import { ScoreHistory } from '@/components/checklist-scores/score-history';
import { Markdown } from '@/components/content/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getScoreTemplate, listScoreTemplates, loadScoreOverview } from '@/lib/data/checklist-scores';

export const metadata: Metadata = { title: 'Självskattning per förvaltning' };

type Props = { searchParams: Promise<{ mall?: string }> };

export default async function ScoresPage({ searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista/skattning');
  const { mall } = await searchParams;
  const template = await getScoreTemplate(typeof mall === 'string' ? mall : undefined);
  if (!template) notFound();
  const [rows, templates] = await Promise.all([loadScoreOverview(viewer, template), listScoreTemplates()]);
  const { snapshot } = template;
  return (
    <>
      <PageHeader title={snapshot.title} lead={snapshot.summary}>
        <p className="mt-3">
          <Link href="/checklista">Tillbaka till checklistan</Link>
        </p>
      </PageHeader>
      {templates.length > 1 ? (
        <nav aria-label="Andra självskattningar" className="mb-8">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {templates.map((t) => (
              <li key={t.key}>
                <Link
                  href={`/checklista/skattning?mall=${t.key}`}
                  aria-current={t.key === template.key ? 'page' : undefined}
                >
                  {t.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="compare-heading" className="mb-12">
        <h2 id="compare-heading" className="mb-3 text-xl font-semibold">
          Förvaltningarna jämförda
        </h2>
        <ScoreComparison rows={rows} sections={snapshot.sections} />
      </section>
      <section aria-labelledby="history-heading" className="mb-12">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          Skattningar över tid
        </h2>
        <ScoreHistory rows={rows} templateKey={template.key} />
      </section>
      <Markdown source={snapshot.intro} />
    </>
  );
}
