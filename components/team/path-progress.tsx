import { useTranslations } from 'next-intl';
import { TitleIn, type Titles } from '@/components/learning/title-in';
import type { PathProgress } from '@/lib/data/path-progress';

/** A person's paths in the manager's views: one line each, title and progress ("3 av 5 kurser i lärvägen"). */
export function PathProgressList({ paths, titles }: { paths: readonly PathProgress[]; titles?: Titles }) {
  const t = useTranslations('team');
  if (paths.length === 0) return null;
  return (
    <ul className="space-y-1">
      {paths.map((p) => (
        <li key={p.pathId}>
          <TitleIn id={p.pathId} title={p.title} titles={titles} />:{' '}
          {p.completedAt && !p.revoked ? t('pathDone') : t('pathProgress', { done: p.done, total: p.total })}
        </li>
      ))}
    </ul>
  );
}
