import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExampleMedia } from '@/components/examples/example-media';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { getViewer } from '@/lib/auth/guards';
import { formatDay } from '@/lib/dates';
import { getExample } from '@/lib/data/learning-examples';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { isTopicKey } from '@/lib/labels';
import { audienceKey } from '@/lib/validation/content';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('examples'))('title') };
}

export default async function ExamplePage({ params }: { params: Promise<{ id: string }> }) {
  const example = await getExample(await getViewer(), (await params).id);
  if (!example) notFound();
  const [t, labels, locale] = await Promise.all([
    getTranslations('examples'),
    getTranslations('labels'),
    getLocale() as Promise<Locale>,
  ]);
  // What colleagues wrote is in Swedish, and marked so inside another language's page.
  const written = passageLang(locale);
  const section = (title: string, text: string) =>
    text ? (
      <section className="mb-6">
        <h2 className="mb-2 text-xl font-semibold">{title}</h2>
        <p className="break-words whitespace-pre-line" lang={written}>
          {text}
        </p>
      </section>
    ) : null;
  const topics = example.topics.map((key) => (isTopicKey(key) ? labels(`topic.${key}`) : key));
  const audiences = example.audiences.map((key) => {
    const known = audienceKey.safeParse(key);
    return known.success ? labels(`audienceKey.${known.data}`) : key;
  });
  return (
    <article className="max-w-3xl">
      <PageHeader
        title={<span lang={written}>{example.title}</span>}
        lead={
          <>
            <span lang={written}>{example.byline}</span>
            {example.publishedAt ? `, ${formatDay(example.publishedAt, locale)}` : ''}
          </>
        }
      />
      {example.status === 'APPROVED' ? null : <Alert tone="info">{t('notPublished')}</Alert>}
      <ExampleMedia image={example.image} film={example.film} />
      {section(t('what'), example.what)}
      {section(t('learned'), example.learned)}
      {section(t('changed'), example.changed)}
      <p className="text-sm text-slate-700">
        {t('topicsFor', { topics: topics.join(', '), audiences: audiences.join(', ') })}
      </p>
      <p className="mt-6">
        <Link href="/exempel">{t('allExamples')}</Link>
      </p>
    </article>
  );
}
