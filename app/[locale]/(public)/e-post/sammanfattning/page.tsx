import type { Metadata } from 'next';
import { UnsubscribeForm } from '@/components/team/unsubscribe-form';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Sluta få veckosammanfattningen', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Reached from the link in a manager's weekly digest; works without signing in (the link is signed). */
export default async function DigestUnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const person = typeof params.person === 'string' ? params.person : '';
  const token = typeof params.token === 'string' ? params.token : '';
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Sluta få veckosammanfattningen"
        lead="Sammanfattningen listar försenade kurser i de enheter du är chef för. Du kan slå på den igen under Mitt team."
      />
      {person && token ? (
        <UnsubscribeForm person={person} token={token} />
      ) : (
        <p>Länken är ofullständig. Använd hela länken i e-posten, eller stäng av sammanfattningen under Mitt team.</p>
      )}
    </div>
  );
}
