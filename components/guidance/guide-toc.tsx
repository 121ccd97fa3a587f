import type { Heading } from '@/lib/markdown';

/** The page's ## and ### headings as in-page links. */
export function GuideToc({ headings, className = '' }: { headings: Heading[]; className?: string }) {
  return (
    <nav
      aria-label="Innehåll på sidan"
      className={`rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm ${className}`}
    >
      <p className="mb-2 font-semibold text-slate-900">Innehåll</p>
      <ul className="space-y-1">
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
