import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { scoreText } from '@/components/checklist-scores/format';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { levelText } from '@/lib/checklist/score';
import { formatDay } from '@/lib/dates';
import { getScoreRound } from '@/lib/data/checklist-scores';

export const metadata: Metadata = { title: 'En självskattning' };

type Props = { params: Promise<{ omgang: string }>; searchParams: Promise<{ sparad?: string }> };

export default async function ScoreRoundPage({ params, searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista/skattning');
  const [{ omgang }, { sparad }] = await Promise.all([params, searchParams]);
  const round = await getScoreRound(viewer, omgang);
  if (!round) notFound();
  const scores = new Map(round.scores.map((s) => [s.itemKey, s]));
  return (
    <>
      <PageHeader
        title={`${round.unit.name}: skattning ${formatDay(round.createdAt)}`}
        lead={`${round.snapshot.title}. Medelvärde ${scoreText(round.total.mean)} av 4${round.authorName ? `, sparad av ${round.authorName}` : ''}.`}
      >
        <p className="mt-3">
          <Link href={`/checklista/skattning?mall=${round.template.key}`}>Alla förvaltningars skattningar</Link>
        </p>
      </PageHeader>
      {sparad ? <Alert tone="success">Skattningen är sparad.</Alert> : null}
      {round.snapshot.sections.map((section) => (
        <section key={section.key} aria-labelledby={`s-${section.key}`} className="mb-8">
          <h2 id={`s-${section.key}`} className="text-xl font-semibold">
            {section.title}: {scoreText(round.total.sections.find((s) => s.key === section.key)?.mean ?? null)}
          </h2>
          <dl className="mt-3 space-y-3">
            {section.items.map((item) => {
              const score = scores.get(item.key);
              return (
                <div key={item.key} className="rounded-lg border border-slate-300 p-3">
                  <dt className="font-medium">{item.title}</dt>
                  <dd>{score ? levelText(round.snapshot, score.score) : 'Inte skattad'}</dd>
                  {score?.comment ? <dd className="mt-1 text-slate-700">Kommentar: {score.comment}</dd> : null}
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      {round.note ? (
        <section aria-labelledby="note-heading">
          <h2 id="note-heading" className="text-xl font-semibold">
            Vad ledningen vill göra härnäst
          </h2>
          <p className="mt-2 whitespace-pre-line">{round.note}</p>
        </section>
      ) : null}
    </>
  );
}
