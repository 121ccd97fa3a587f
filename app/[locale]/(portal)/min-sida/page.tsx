import type { Metadata } from 'next';
import Link from 'next/link';
import { AttentionPanel } from '@/components/my-page/attention-panel';
import { DeletionAnswer } from '@/components/my-page/deletion-answer';
import { DeletionRequestForm } from '@/components/my-page/deletion-request-form';
import { MyCompletions, MyCourses, MyWithdrawals } from '@/components/my-page/my-courses';
import { MyPaths } from '@/components/my-page/my-paths';
import { PersonDetails } from '@/components/my-page/person-details';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { loadAttention } from '@/lib/data/attention';
import { awaitingSetup } from '@/lib/data/identity-providers';
import { latestDeletionAnswer, pendingDeletionRequest } from '@/lib/data/my-data';
import { getMyLearning } from '@/lib/data/my-learning';
import { getMyPaths } from '@/lib/data/path-progress';
import { formatDay } from '@/lib/dates';
import { audienceToKey } from '@/lib/audiences';

export const metadata: Metadata = { title: 'Min sida' };

export default async function MyPage() {
  const me = await requirePermission('profile:own', '/min-sida');
  const [learning, pending, answered, attention, paths, waiting] = await Promise.all([
    getMyLearning(me.id),
    pendingDeletionRequest(me.id),
    latestDeletionAnswer(me.id),
    loadAttention(me),
    getMyPaths(me.id, me.audience),
    awaitingSetup(me.id),
  ]);
  const next = learning.continueWith;
  return (
    <>
      <PageHeader title="Min sida" lead={`Välkommen, ${me.name}.`}>
        {waiting ? (
          <div className="mt-4">
            <Alert tone="info">
              Ditt konto skapades när du loggade in första gången. En administratör behöver ange din enhet och målgrupp
              innan din chef kan tilldela dig kurser och din lärväg blir rätt. Du kan redan läsa vägledning och gå
              kurser.
            </Alert>
          </div>
        ) : null}
        {next?.progress.next ? (
          <p className="mt-4">
            <Link
              href={`/kurser/${next.slug}/${next.progress.next.slug}`}
              className="btn-primary no-underline hover:text-white"
            >
              Fortsätt där du slutade: {next.title}
            </Link>
          </p>
        ) : (
          <p className="mt-4">
            <Link href={`/larvagar/${audienceToKey[me.audience]}`}>Till din lärväg</Link>
          </p>
        )}
      </PageHeader>
      {attention ? <AttentionPanel attention={attention} /> : null}
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="courses-heading">
          <h2 id="courses-heading" className="mb-3 text-xl font-semibold">
            Mina kurser
          </h2>
          <MyCourses courses={learning.inProgress} />
          {learning.withdrawn.length > 0 ? (
            <section aria-labelledby="withdrawn-heading" className="mt-6">
              <h3 id="withdrawn-heading" className="mb-2 text-lg font-semibold">
                Återkallade kurser
              </h3>
              <p className="mb-3 text-sm">Det du redan har gjort i kurserna finns kvar.</p>
              <MyWithdrawals withdrawals={learning.withdrawn} />
            </section>
          ) : null}
        </section>
        <section aria-labelledby="done-heading">
          <h2 id="done-heading" className="mb-3 text-xl font-semibold">
            Klara kurser och intyg
          </h2>
          <MyCompletions completions={learning.completed} />
        </section>
        <section aria-labelledby="paths-heading">
          <h2 id="paths-heading" className="mb-3 text-xl font-semibold">
            Mina lärvägar
          </h2>
          <MyPaths paths={paths} />
        </section>
        <section aria-labelledby="assessment-heading">
          <h2 id="assessment-heading" className="mb-3 text-xl font-semibold">
            Självskattning
          </h2>
          <p>
            Skatta hur säker du känner dig i fem områden av jämställdhetsarbetet och få förslag på kurser och
            vägledning. Svaren är bara dina. <Link href="/min-sida/sjalvskattning">Till din självskattning</Link>
          </p>
        </section>
        <section aria-labelledby="me-heading">
          <h2 id="me-heading" className="mb-3 text-xl font-semibold">
            Dina uppgifter
          </h2>
          <PersonDetails me={me} />
        </section>
        <section aria-labelledby="data-heading" className="space-y-4">
          <h2 id="data-heading" className="text-xl font-semibold">
            Dina personuppgifter
          </h2>
          <p>
            Du kan hämta allt portalen sparar om dig, och be om att uppgifterna raderas. Läs mer om{' '}
            <Link href="/om/personuppgifter">hur vi behandlar personuppgifter</Link>.
          </p>
          <p>
            <a href="/min-sida/mina-uppgifter" download>
              Hämta mina uppgifter (JSON-fil)
            </a>
          </p>
          {answered?.outcome ? (
            <DeletionAnswer requestedAt={answered.createdAt} outcome={answered.outcome} answer={answered.answer} />
          ) : null}
          <DeletionRequestForm pendingSince={pending ? formatDay(pending.createdAt) : null} />
        </section>
      </div>
    </>
  );
}
