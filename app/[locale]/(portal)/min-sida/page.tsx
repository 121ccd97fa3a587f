import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
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
import { courseTitlesIn, pathTitlesIn } from '@/lib/data/learning';
import { getMyLearning } from '@/lib/data/my-learning';
import { getMyPaths } from '@/lib/data/path-progress';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { formatDay } from '@/lib/dates';
import { audienceToKey } from '@/lib/audiences';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('myPage'))('title') };
}

export default async function MyPage() {
  const me = await requirePermission('profile:own', '/min-sida');
  const locale = (await getLocale()) as Locale;
  const [mine, pending, answered, attention, storedPaths, waiting, t] = await Promise.all([
    getMyLearning(me.id),
    pendingDeletionRequest(me.id),
    latestDeletionAnswer(me.id),
    loadAttention(me),
    getMyPaths(me.id, me.audience),
    awaitingSetup(me.id),
    getTranslations('myPage'),
  ]);
  // Course and path titles in the reader's language where they have one, each marked with its own.
  const [courseTitles, pathTitles] = await Promise.all([
    courseTitlesIn(
      [...mine.inProgress, ...mine.completed, ...mine.withdrawn].map((c) => c.courseId),
      locale,
    ),
    pathTitlesIn(locale),
  ]);
  const titled = <T extends { courseId: string; title: string }>(c: T) => ({ ...c, ...courseTitles.get(c.courseId) });
  const learning = {
    inProgress: mine.inProgress.map(titled),
    completed: mine.completed.map(titled),
    withdrawn: mine.withdrawn.map(titled),
    continueWith: mine.continueWith && titled(mine.continueWith),
  };
  const paths = storedPaths.map((p) => ({ ...p, ...pathTitles.get(p.pathId) }));
  const next = learning.continueWith;
  return (
    <>
      <PageHeader title={t('title')} lead={t('welcome', { name: me.name })}>
        {waiting ? (
          <div className="mt-4">
            <Alert tone="info">{t('awaitingSetup')}</Alert>
          </div>
        ) : null}
        {next?.progress.next ? (
          <p className="mt-4">
            <Link
              href={`/kurser/${next.slug}/${next.progress.next.slug}`}
              className="btn-primary no-underline hover:text-white"
            >
              {t('continueWith')} <span lang={passageLang(locale, next.lang)}>{next.title}</span>
            </Link>
          </p>
        ) : (
          <p className="mt-4">
            <Link href={`/larvagar/${audienceToKey[me.audience]}`}>{t('toPath')}</Link>
          </p>
        )}
      </PageHeader>
      {attention ? <AttentionPanel attention={attention} /> : null}
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="courses-heading">
          <h2 id="courses-heading" className="mb-3 text-xl font-semibold">
            {t('coursesHeading')}
          </h2>
          <MyCourses courses={learning.inProgress} />
          {learning.withdrawn.length > 0 ? (
            <section aria-labelledby="withdrawn-heading" className="mt-6">
              <h3 id="withdrawn-heading" className="mb-2 text-lg font-semibold">
                {t('withdrawnHeading')}
              </h3>
              <p className="mb-3 text-sm">{t('withdrawnNote')}</p>
              <MyWithdrawals withdrawals={learning.withdrawn} />
            </section>
          ) : null}
        </section>
        <section aria-labelledby="done-heading">
          <h2 id="done-heading" className="mb-3 text-xl font-semibold">
            {t('doneHeading')}
          </h2>
          <MyCompletions completions={learning.completed} />
        </section>
        <section aria-labelledby="paths-heading">
          <h2 id="paths-heading" className="mb-3 text-xl font-semibold">
            {t('pathsHeading')}
          </h2>
          <MyPaths paths={paths} />
        </section>
        <section aria-labelledby="assessment-heading">
          <h2 id="assessment-heading" className="mb-3 text-xl font-semibold">
            {t('assessmentHeading')}
          </h2>
          <p>{t.rich('assessmentText', { link: (text) => <Link href="/min-sida/sjalvskattning">{text}</Link> })}</p>
        </section>
        <section aria-labelledby="me-heading">
          <h2 id="me-heading" className="mb-3 text-xl font-semibold">
            {t('meHeading')}
          </h2>
          <PersonDetails me={me} />
        </section>
        <section aria-labelledby="data-heading" className="space-y-4">
          <h2 id="data-heading" className="text-xl font-semibold">
            {t('dataHeading')}
          </h2>
          <p>{t.rich('dataText', { link: (text) => <Link href="/om/personuppgifter">{text}</Link> })}</p>
          <p>
            <a href="/min-sida/mina-uppgifter" download>
              {t('downloadData')}
            </a>
          </p>
          {answered?.outcome ? (
            <DeletionAnswer requestedAt={answered.createdAt} outcome={answered.outcome} answer={answered.answer} />
          ) : null}
          <DeletionRequestForm pendingSince={pending ? formatDay(pending.createdAt, locale) : null} />
        </section>
      </div>
    </>
  );
}
