import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/dates';
import type { LearningExampleView } from '@/lib/data/learning-examples';
import { isTopicKey } from '@/lib/labels';
import { passageLang } from '@/lib/i18n/passage';

/**
 * Published examples as a list of short cards; `headingLevel` fits the page they sit on. What
 * colleagues wrote is in Swedish, and marked so inside another language's page.
 */
export function ExampleList({ examples, headingLevel = 2 }: { examples: LearningExampleView[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const locale = useLocale();
  const labels = useTranslations('labels');
  const written = passageLang(locale);
  return (
    <ul className="space-y-4">
      {examples.map((e) => (
        <li key={e.id} className="rounded-lg border border-slate-300 p-4">
          <Heading className="text-lg font-semibold break-words" lang={written}>
            <Link href={`/exempel/${e.id}`}>{e.title}</Link>
          </Heading>
          <p className="text-sm text-slate-700">
            <span lang={written}>{e.byline}</span>
            {e.publishedAt ? ` · ${formatDay(e.publishedAt, locale)}` : ''} ·{' '}
            {e.topics.map((topic) => (isTopicKey(topic) ? labels(`topic.${topic}`) : topic)).join(', ')}
          </p>
          <p className="mt-2 line-clamp-3 break-words" lang={written}>
            {e.learned}
          </p>
        </li>
      ))}
    </ul>
  );
}
