import { renderMarkdownCached } from '@/lib/markdown';

/** Sanitised Markdown (see lib/markdown.ts); the HTML it injects has passed the allow-list. */
export function Markdown({ source, className = 'prose-portal' }: { source: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdownCached(source) }} />;
}
