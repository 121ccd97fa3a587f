import Link from 'next/link';
import { listScoreTemplates } from '@/lib/data/checklist-scores';

/** From the checklist to the administrations' self-assessments against SKR's steps. */
export async function ScoreTemplatesLink() {
  const templates = await listScoreTemplates();
  if (templates.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2" aria-label="Självskattningar">
      {templates.map((t) => (
        <li key={t.key}>
          <Link href={`/checklista/skattning?mall=${t.key}`}>{t.title}</Link>
        </li>
      ))}
    </ul>
  );
}
