import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { SnippetText } from '@/components/guidance/snippet-text';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { SearchHit } from '@/lib/search/index';
import { audienceKeys, topicKeys, type AudienceKey, type TopicKey } from '@/lib/validation/content';

// The search index holds the Swedish text of guidance, courses and lessons: a hit's title, passage
// and course are Swedish (marked so inside an English page), unless the hit says otherwise (the
// guidance list names pages in English where they have it); the words around them follow the reader.

const isAudience = (a: string): a is AudienceKey => (audienceKeys as readonly string[]).includes(a);
const isTopic = (t: string): t is TopicKey => (topicKeys as readonly string[]).includes(t);

/** What a hit is: a guidance page's topics and audiences, a course, or a lesson and its course. */
function HitFacts({ hit }: { hit: SearchHit }) {
  const t = useTranslations('guideList');
  const labels = useTranslations('labels');
  const locale = useLocale() as Locale;
  if (hit.kind === 'lesson')
    return (
      <>
        {t.rich('lessonIn', {
          course: hit.course?.title ?? '',
          name: (title) => <span lang={passageLang(locale)}>{title}</span>,
        })}
      </>
    );
  const audiences = t('for', {
    audiences: hit.audiences.map((a) => (isAudience(a) ? labels(`audienceKey.${a}`).toLowerCase() : a)).join(', '),
  });
  if (hit.kind === 'course') return <>{`${t('course')} · ${audiences}`}</>;
  return (
    <>
      {hit.topics.map((topic) => (isTopic(topic) ? labels(`topic.${topic}`) : topic)).join(', ')} · {audiences}
      {hit.updated ? (
        <>
          {' · '}
          {t.rich('updated', {
            date: formatDay(hit.updated, locale),
            time: (date) => <time dateTime={hit.updated!}>{date}</time>,
          })}
        </>
      ) : null}
    </>
  );
}

/** One result: the title as a link, the passage that matched (words in <mark>) or the summary. */
export function SearchHitItem({ hit }: { hit: SearchHit & { lang?: Locale } }) {
  const t = useTranslations('guideList');
  const lang = passageLang(useLocale() as Locale, hit.lang);
  return (
    <li className="rounded-lg border border-slate-200 p-5">
      <h3 className="text-lg font-semibold break-words">
        <Link href={hit.href} lang={lang}>
          {hit.title}
        </Link>
      </h3>
      {hit.snippet ? (
        <p className="mt-2 break-words text-slate-800">
          <span className="sr-only">{t('hitInText')} </span>
          <span lang={lang}>
            <SnippetText segments={hit.snippet} />
          </span>
        </p>
      ) : hit.summary ? (
        <p className="mt-2 text-slate-700" lang={lang}>
          {hit.summary}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-600">
        <HitFacts hit={hit} />
      </p>
    </li>
  );
}
