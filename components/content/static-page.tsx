import { loadPage } from '@/lib/content/loader';
import { formatDay } from '@/lib/dates';
import { Markdown } from './markdown';

/** A fixed page from content/pages (accessibility statement, privacy notice). */
export function StaticPage({ slug }: { slug: string }) {
  const { data, body } = loadPage(slug);
  return (
    <article>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{data.title}</h1>
      <p className="mb-6 text-sm text-slate-600">Senast uppdaterad {formatDay(data.updated)}</p>
      <Markdown source={body} />
    </article>
  );
}
