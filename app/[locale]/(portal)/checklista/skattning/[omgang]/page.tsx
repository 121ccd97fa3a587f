import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { scoreText } from '@/components/checklist-scores/format';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { levelText } from '@/lib/checklist/score';
import { formatDay } from '@/lib/dates';
import { getScoreRound } from '@/lib/data/checklist-scores';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('scores'))('roundTitle') };
}

type Props = { params: Promise<{ omgang: string }>; searchParams: Promise<{ sparad?: string }> };

export default async function ScoreRoundPage({ params, searchParams }: Props) {
  const viewer = await requirePermission('checklist:read', '/checklista/skattning');
  const [{ omgang }, { sparad }] = await Promise.all([params, searchParams]);
  const round = await getScoreRound(viewer, omgang);
  if (!round) notFound();
  const scores = new Map(round.scores.map((s) => [s.itemKey, s]));
  const [t, locale] = await Promise.all([getTranslations('scores'), getLocale() as Promise<Locale>]);
  // The statements and levels are written in Swedish only.
  const sv = passageLang(locale);
  const mean = t('mean', { mean: scoreText(round.total.mean, locale) });
  return (
    <>
      <PageHeader
        title={t('roundHeading', { unit: round.unit.name, date: formatDay(round.createdAt, locale) })}
        lead={
          <>
            <span lang={sv}>{round.snapshot.title}</span>.{' '}
            {round.authorName ? `${mean}, ${t('savedBy', { name: round.authorName })}` : mean}.
          </>
        }
      >
        <p className="mt-3">
          <Link href={`/checklista/skattning?mall=${round.template.key}`}>{t('allRounds')}</Link>
        </p>
      </PageHeader>
      {sparad ? <Alert tone="success">{t('saved')}</Alert> : null}
      {round.snapshot.sections.map((section) => (
        <section key={section.key} aria-labelledby={`s-${section.key}`} className="mb-8">
          <h2 id={`s-${section.key}`} className="text-xl font-semibold">
            <span lang={sv}>{section.title}</span>:{' '}
            {scoreText(round.total.sections.find((s) => s.key === section.key)?.mean ?? null, locale)}
          </h2>
          <dl className="mt-3 space-y-3">
            {section.items.map((item) => {
              const score = scores.get(item.key);
              return (
                <div key={item.key} className="rounded-lg border border-slate-300 p-3">
                  <dt className="font-medium" lang={sv}>
                    {item.title}
                  </dt>
                  <dd lang={score ? sv : undefined}>
                    {score ? levelText(round.snapshot, score.score) : t('notScored')}
                  </dd>
                  {score?.comment ? (
                    <dd className="mt-1 text-slate-700">{t('comment', { comment: score.comment })}</dd>
                  ) : null}
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      {round.note ? (
        <section aria-labelledby="note-heading">
          <h2 id="note-heading" className="text-xl font-semibold">
            {t('nextHeading')}
          </h2>
          <p className="mt-2 whitespace-pre-line">{round.note}</p>
        </section>
      ) : null}
    </>
  );
}
