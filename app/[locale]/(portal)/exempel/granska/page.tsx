import type { Metadata } from 'next';
import { ExampleMedia } from '@/components/examples/example-media';
import { ReviewForm } from '@/components/examples/review-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listExamplesForReview } from '@/lib/data/learning-examples';
import { topicLabels } from '@/lib/labels';
import type { TopicKey } from '@/lib/validation/content';

export const metadata: Metadata = { title: 'Granska lärande exempel' };

const decided: Record<string, string> = {
  APPROVED: 'Exemplet är publicerat.',
  CHANGES_REQUESTED: 'Den som skrev exemplet ser din kommentar och kan ändra det.',
  DECLINED: 'Exemplet publiceras inte. Den som skrev det ser din kommentar.',
};

type Props = { searchParams: Promise<{ beslut?: string }> };

export default async function ReviewExamplesPage({ searchParams }: Props) {
  const viewer = await requirePermission('examples:review', '/exempel/granska');
  const [examples, { beslut }] = await Promise.all([listExamplesForReview(viewer), searchParams]);
  const said = beslut ? decided[beslut] : undefined;
  return (
    <>
      <PageHeader
        title="Granska lärande exempel"
        lead="Inget publiceras innan du godkänner det. Kontrollera att ingen enskild person kan kännas igen och att exemplet håller sig till sakfrågan."
      />
      {said ? <Alert tone="success">{said}</Alert> : null}
      {examples.length === 0 ? (
        <p>Inga exempel väntar på granskning.</p>
      ) : (
        <ul className="space-y-6">
          {examples.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-300 p-4">
              <h2 className="text-lg font-semibold break-words">{e.title}</h2>
              <p className="text-sm text-slate-700">
                {e.byline} · {e.unitName ?? 'ingen enhet'} ·{' '}
                {e.topics.map((t) => topicLabels[t as TopicKey] ?? t).join(', ')}
              </p>
              <h3 className="mt-3 font-semibold">Vad vi gjorde</h3>
              <p className="break-words whitespace-pre-line">{e.what}</p>
              <h3 className="mt-3 font-semibold">Vad vi lärde oss</h3>
              <p className="break-words whitespace-pre-line">{e.learned}</p>
              {e.changed ? (
                <>
                  <h3 className="mt-3 font-semibold">Vad som blev annorlunda</h3>
                  <p className="break-words whitespace-pre-line">{e.changed}</p>
                </>
              ) : null}
              <ExampleMedia image={e.image} film={e.film} />
              <ReviewForm exampleId={e.id} title={e.title} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
