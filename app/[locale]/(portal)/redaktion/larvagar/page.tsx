import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { audienceOrder, audienceToKey } from '@/lib/audiences';
import { requireContentEditor } from '@/lib/auth/guards';
import { listPaths } from '@/lib/data/learning';

export const metadata: Metadata = { title: 'Lärvägar – Redaktion' };

export default async function EditorPathsPage() {
  await requireContentEditor('/redaktion/larvagar');
  const paths = await listPaths();
  return (
    <>
      <PageHeader title="Lärvägar" lead="Välj vilka kurser som ingår i varje lärväg och i vilken ordning." />
      <ul className="list-disc space-y-1 pl-6">
        {audienceOrder.map((a) => {
          const path = paths.find((p) => p.audience === a);
          return path ? (
            <li key={a}>
              <Link href={`/redaktion/larvagar/${audienceToKey[a]}`}>{path.title}</Link> ({path.courses.length} kurser)
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
