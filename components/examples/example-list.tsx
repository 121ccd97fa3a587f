import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import type { LearningExampleView } from '@/lib/data/learning-examples';
import { topicLabels } from '@/lib/labels';
import type { TopicKey } from '@/lib/validation/content';

/** Published examples as a list of short cards; `headingLevel` fits the page they sit on. */
export function ExampleList({ examples, headingLevel = 2 }: { examples: LearningExampleView[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="space-y-4">
      {examples.map((e) => (
        <li key={e.id} className="rounded-lg border border-slate-300 p-4">
          <Heading className="text-lg font-semibold break-words">
            <Link href={`/exempel/${e.id}`}>{e.title}</Link>
          </Heading>
          <p className="text-sm text-slate-700">
            {e.byline}
            {e.publishedAt ? ` · ${formatDay(e.publishedAt)}` : ''} ·{' '}
            {e.topics.map((t) => topicLabels[t as TopicKey] ?? t).join(', ')}
          </p>
          <p className="mt-2 line-clamp-3 break-words">{e.learned}</p>
        </li>
      ))}
    </ul>
  );
}
