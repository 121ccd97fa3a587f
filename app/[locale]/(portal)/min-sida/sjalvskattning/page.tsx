import type { Metadata } from 'next';
import Link from 'next/link';
import { LatestResult, Recommendations, RoundHistory } from '@/components/self-assessment/assessment-result';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getMyAssessment } from '@/lib/data/self-assessment';

export const metadata: Metadata = { title: 'Självskattning' };

type Props = { searchParams: Promise<{ sparad?: string }> };

export default async function SelfAssessmentPage({ searchParams }: Props) {
  const me = await requirePermission('profile:own', '/min-sida/sjalvskattning');
  const { current, rounds, latest, change, recommendations } = await getMyAssessment(me);
  const saved = (await searchParams).sparad === '1';
  return (
    <>
      <PageHeader
        title="Självskattning"
        lead="Hur säker känner du dig i jämställdhetsintegrering? Svaren visar vad du kan börja med. De är bara dina: chefer och strateger ser bara summor för grupper om minst fem personer."
      >
        {current ? (
          <p className="mt-4">
            <Link href="/min-sida/sjalvskattning/ny" className="btn-primary no-underline hover:text-white">
              {latest ? 'Gör självskattningen igen' : 'Gör självskattningen'}
            </Link>
          </p>
        ) : (
          <p className="mt-4">Självskattningen finns inte än.</p>
        )}
      </PageHeader>
      {saved ? (
        <div className="mb-6">
          <Alert tone="success">Dina svar är sparade. Här är ditt resultat.</Alert>
        </div>
      ) : null}
      {latest ? (
        <div className="space-y-10">
          <section aria-labelledby="result-heading">
            <h2 id="result-heading" className="mb-3 text-xl font-semibold">
              Ditt resultat
            </h2>
            <LatestResult latest={latest} changes={change} />
          </section>
          <section aria-labelledby="next-heading">
            <h2 id="next-heading" className="mb-3 text-xl font-semibold">
              Att börja med
            </h2>
            <Recommendations items={recommendations} />
          </section>
          {rounds.length > 1 ? (
            <section aria-labelledby="history-heading">
              <h2 id="history-heading" className="mb-3 text-xl font-semibold">
                Så har det ändrats
              </h2>
              <RoundHistory rounds={rounds} />
            </section>
          ) : null}
        </div>
      ) : current ? (
        <p>Du har inte gjort självskattningen än. Den tar ungefär fem minuter.</p>
      ) : null}
    </>
  );
}
