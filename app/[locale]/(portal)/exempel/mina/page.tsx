import type { Metadata } from 'next';
import Link from 'next/link';
import { MyExampleActions } from '@/components/examples/my-example-actions';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { listMyExamples } from '@/lib/data/learning-examples';
import { exampleStatusLabels } from '@/lib/labels';

export const metadata: Metadata = { title: 'Mina lärande exempel' };

type Props = { searchParams: Promise<{ skickat?: string; andrat?: string; aterkallat?: string }> };

export default async function MyExamplesPage({ searchParams }: Props) {
  const viewer = await requireUser('/exempel/mina');
  const [examples, params] = await Promise.all([listMyExamples(viewer), searchParams]);
  return (
    <>
      <PageHeader title="Mina lärande exempel" lead="Det du har skrivit, och var det är i granskningen.">
        <p className="mt-4">
          <Link href="/exempel/nytt" className="btn-primary no-underline hover:text-white">
            Berätta om ett nytt exempel
          </Link>
        </p>
      </PageHeader>
      {params.aterkallat ? (
        <Alert tone="success">Exemplet är återkallat. Det syns inte längre för någon annan.</Alert>
      ) : null}
      {params.skickat || params.andrat ? (
        <Alert tone="success">Tack! Exemplet är skickat för granskning. Du ser här när en strateg har läst det.</Alert>
      ) : null}
      {examples.length === 0 ? (
        <p>Du har inte skrivit något exempel ännu.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {examples.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-300 p-4">
              <h2 className="text-lg font-semibold break-words">{e.title}</h2>
              <p>
                <strong>{exampleStatusLabels[e.status]}</strong>
                {e.status === 'APPROVED' ? (
                  <>
                    {' '}
                    · <Link href={`/exempel/${e.id}`}>Visa exemplet</Link>
                  </>
                ) : null}
                {' · '}
                {e.showName ? 'Ditt namn visas' : 'Visas som skrivet av en kollega'}
              </p>
              {e.reviewComment && e.status !== 'APPROVED' ? (
                <p className="mt-2 rounded bg-amber-50 p-3 break-words">
                  <span className="font-semibold">Strategens kommentar:</span> {e.reviewComment}
                </p>
              ) : null}
              {e.status === 'WITHDRAWN' || e.status === 'DECLINED' ? null : (
                <>
                  <p className="mt-2">
                    <Link href={`/exempel/mina/${e.id}`}>
                      Ändra<span className="sr-only"> {e.title}</span>
                    </Link>
                    {e.status === 'APPROVED' ? ' (exemplet granskas då på nytt innan det visas igen)' : ''}
                  </p>
                  <MyExampleActions exampleId={e.id} showName={e.showName} title={e.title} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
