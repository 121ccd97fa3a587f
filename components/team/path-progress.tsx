import type { PathProgress } from '@/lib/data/path-progress';

/** "3 av 5 kurser i lärvägen", or that the whole path is done. */
export function pathProgressText(p: PathProgress): string {
  if (p.completedAt && !p.revoked) return 'hela lärvägen klar';
  return `${p.done} av ${p.total} ${p.total === 1 ? 'kurs' : 'kurser'} i lärvägen`;
}

/** A person's paths in the manager's views: one line each, title and progress. */
export function PathProgressList({ paths }: { paths: readonly PathProgress[] }) {
  if (paths.length === 0) return null;
  return (
    <ul className="space-y-1">
      {paths.map((p) => (
        <li key={p.pathId}>
          {p.title}: {pathProgressText(p)}
        </li>
      ))}
    </ul>
  );
}
