import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { loadCourses, loadGuides } from '@/lib/content/loader';

export const metadata: Metadata = { title: 'Redaktion' };

export default async function EditorPage() {
  await requirePermission('content:edit', '/redaktion');
  const guides = loadGuides();
  const courses = loadCourses();
  return (
    <>
      <PageHeader title="Redaktion" lead="Portalens innehåll: vägledning och kurser." />
      <nav aria-labelledby="learning-editor" className="mb-8">
        <h2 id="learning-editor" className="mb-3 text-xl font-semibold">
          Kurser och lärvägar
        </h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/redaktion/kurser">Redigera kurser, lektioner och kunskapskontroller</Link>
          </li>
          <li>
            <Link href="/redaktion/larvagar">Redigera lärvägarna</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="guides-heading" className="mb-8">
        <h2 id="guides-heading" className="mb-3 text-xl font-semibold">
          Vägledning ({guides.length} sidor)
        </h2>
        <ul className="list-disc pl-6">
          {guides.map((g) => (
            <li key={g.slug}>
              <Link href={`/vagledning/${g.slug}`}>{g.data.title}</Link> <span className="text-slate-600">uppdaterad {g.data.updated}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="courses-heading">
        <h2 id="courses-heading" className="mb-3 text-xl font-semibold">
          Kurser ({courses.length})
        </h2>
        <ul className="list-disc pl-6">
          {courses.map((c) => (
            <li key={c.slug}>
              {c.data.title} <span className="text-slate-600">({c.lessons.length} lektioner)</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
