import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExampleMedia } from '@/components/examples/example-media';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { getViewer } from '@/lib/auth/guards';
import { formatDay } from '@/lib/dates';
import { getExample } from '@/lib/data/learning-examples';
import { audienceKeyLabels, topicLabels } from '@/lib/labels';
import type { AudienceKey, TopicKey } from '@/lib/validation/content';

export const metadata: Metadata = { title: 'Lärande exempel' };

export default async function ExamplePage({ params }: { params: Promise<{ id: string }> }) {
  const example = await getExample(await getViewer(), (await params).id);
  if (!example) notFound();
  const section = (title: string, text: string) =>
    text ? (
      <section className="mb-6">
        <h2 className="mb-2 text-xl font-semibold">{title}</h2>
        <p className="break-words whitespace-pre-line">{text}</p>
      </section>
    ) : null;
  return (
    <article className="max-w-3xl">
      <PageHeader
        title={example.title}
        lead={`${example.byline}${example.publishedAt ? `, ${formatDay(example.publishedAt)}` : ''}`}
      />
      {example.status === 'APPROVED' ? null : (
        <Alert tone="info">Exemplet är inte publicerat: andra läsare ser det inte.</Alert>
      )}
      <ExampleMedia image={example.image} film={example.film} />
      {section('Vad vi gjorde', example.what)}
      {section('Vad vi lärde oss', example.learned)}
      {section('Vad som blev annorlunda', example.changed)}
      <p className="text-sm text-slate-700">
        Ämnen: {example.topics.map((t) => topicLabels[t as TopicKey] ?? t).join(', ')}. För:{' '}
        {example.audiences.map((a) => audienceKeyLabels[a as AudienceKey] ?? a).join(', ')}.
      </p>
      <p className="mt-6">
        <Link href="/exempel">Alla lärande exempel</Link>
      </p>
    </article>
  );
}
