import type { Metadata } from 'next';
import { GuidanceOverview } from '@/components/editor/guidance-overview';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/content-guards';
import { loadCourses } from '@/lib/content/loader';
import { listGuidesForEditor } from '@/lib/data/guide-editor';

export const metadata: Metadata = { title: 'Redaktion' };

export default async function EditorPage() {
  const editor = await requireContentEditor('/redaktion');
  const guides = await listGuidesForEditor(editor.hostOrganisationId);
  const courses = loadCourses();
  return (
    <>
      <PageHeader title="Redaktion" lead="Portalens innehåll: vägledning och kurser." />
      <GuidanceOverview guides={guides} />
      {/* Courses and learning paths: edited elsewhere (/redaktion/kurser), not part of the guidance workflow. */}
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
