import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UnsubscribeForm } from '@/components/team/unsubscribe-form';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('team'))('unsubscribeTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Reached from the link in a manager's weekly digest; works without signing in (the link is signed). */
export default async function DigestUnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const person = typeof params.person === 'string' ? params.person : '';
  const token = typeof params.token === 'string' ? params.token : '';
  const t = await getTranslations('team');
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('unsubscribeTitle')} lead={t('unsubscribeLead')} />
      {person && token ? <UnsubscribeForm person={person} token={token} /> : <p>{t('unsubscribeIncomplete')}</p>}
    </div>
  );
}
