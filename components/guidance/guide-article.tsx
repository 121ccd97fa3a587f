import Link from 'next/link';
import { formatDay } from '@/lib/dates';
import { audienceKeyLabels, topicLabels } from '@/lib/labels';
import { headingsOf, renderMarkdownCached } from '@/lib/markdown';
import type { GuideLink } from '@/lib/data/guides';
import type { GuideContent } from '@/lib/validation/guide';
import { GuideSources } from './guide-sources';
import { GuideToc } from './guide-toc';

type Props = GuideContent & { related: GuideLink[]; banner?: React.ReactNode };

/** A guidance page as readers see it (also used for the editors' preview). */
export function GuideArticle({ title, summary, body, meta, related, banner }: Props) {
  // Sanitised on the server by lib/markdown.ts: no raw HTML, scripts, handlers or script URLs.
  const html = renderMarkdownCached(body);
  const headings = headingsOf(html);
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <div className="min-w-0">
        {banner}
        <header className="mb-6 border-b border-slate-200 pb-6">
          <p className="mb-2 text-sm font-medium text-brand-700">
            <Link href="/vagledning">Vägledning</Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-3 max-w-prose text-lg text-slate-700">{summary}</p>
          <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
            <dt className="font-medium">Senast uppdaterad</dt>
            <dd>
              <time dateTime={meta.updated}>{formatDay(meta.updated)}</time>
            </dd>
            <dt className="font-medium">Ämnen</dt>
            <dd>{meta.topics.map((t) => topicLabels[t]).join(', ')}</dd>
            <dt className="font-medium">För</dt>
            <dd>{meta.audiences.map((a) => audienceKeyLabels[a]).join(', ')}</dd>
            {meta.skrStep ? (
              <>
                <dt className="font-medium">SKR:s vägledning</dt>
                <dd>
                  Steg {meta.skrStep}
                  {meta.skrEdition ? ` i utgåvan ${meta.skrEdition}` : null}
                </dd>
              </>
            ) : null}
          </dl>
        </header>
        {headings.length > 1 ? <GuideToc headings={headings} className="mb-8 lg:hidden" /> : null}
        <div className="prose-portal" dangerouslySetInnerHTML={{ __html: html }} />
        <GuideSources sources={meta.sources} />
        {related.length > 0 ? (
          <section aria-labelledby="related-heading" className="mt-10 border-t border-slate-200 pt-6">
            <h2 id="related-heading" className="mb-3 text-xl font-semibold">
              Relaterade sidor
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2">
              {related.map((r) => (
                <li key={r.slug}>
                  <Link href={`/vagledning/${r.slug}`}>{r.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      {headings.length > 1 ? (
        <aside className="hidden lg:block">
          <GuideToc headings={headings} className="sticky top-4" />
        </aside>
      ) : null}
    </article>
  );
}
