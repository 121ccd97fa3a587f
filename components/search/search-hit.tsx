import Link from 'next/link';
import { SnippetText } from '@/components/guidance/snippet-text';
import { formatDay } from '@/lib/dates';
import { audienceKeyLabels, topicLabels } from '@/lib/labels';
import type { SearchHit } from '@/lib/search/index';
import type { AudienceKey, TopicKey } from '@/lib/validation/content';

/** What a hit is: a guidance page's topics and audiences, a course, or a lesson and its course. */
function HitFacts({ hit }: { hit: SearchHit }) {
  if (hit.kind === 'lesson') return <>Lektion i kursen {hit.course?.title}</>;
  const audiences = hit.audiences.map((a) => audienceKeyLabels[a as AudienceKey]?.toLowerCase() ?? a).join(', ');
  if (hit.kind === 'course') return <>Kurs · För {audiences}</>;
  return (
    <>
      {hit.topics.map((t) => topicLabels[t as TopicKey] ?? t).join(', ')} · För {audiences}
      {hit.updated ? (
        <>
          {' '}
          · Uppdaterad <time dateTime={hit.updated}>{formatDay(hit.updated)}</time>
        </>
      ) : null}
    </>
  );
}

/** One result: the title as a link, the passage that matched (words in <mark>) or the summary. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="rounded-lg border border-slate-200 p-5">
      <h3 className="text-lg font-semibold break-words">
        <Link href={hit.href}>{hit.title}</Link>
      </h3>
      {hit.snippet ? (
        <p className="mt-2 break-words text-slate-800">
          <span className="sr-only">Träff i texten: </span>
          <SnippetText segments={hit.snippet} />
        </p>
      ) : hit.summary ? (
        <p className="mt-2 text-slate-700">{hit.summary}</p>
      ) : null}
      <p className="mt-2 text-sm text-slate-600">
        <HitFacts hit={hit} />
      </p>
    </li>
  );
}
