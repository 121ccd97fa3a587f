import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GuidanceOverview } from '@/components/editor/guidance-overview';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listGuidesForEditor } from '@/lib/data/guide-editor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.start'))('title') };
}

export default async function EditorPage() {
  const editor = await requireContentEditor('/redaktion');
  const [guides, t] = await Promise.all([
    listGuidesForEditor(editor.hostOrganisationId),
    getTranslations('editorGuides.start'),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <GuidanceOverview guides={guides} />
      <nav aria-labelledby="learning-editor" className="mb-8">
        <h2 id="learning-editor" className="mb-3 text-xl font-semibold">
          {t('learningHeading')}
        </h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/redaktion/kurser">{t('editCourses')}</Link>
          </li>
          <li>
            <Link href="/redaktion/larvagar">{t('editPaths')}</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="checklists-heading" className="mt-8">
        <h2 id="checklists-heading" className="mb-3 text-xl font-semibold">
          {t('checklistsHeading')}
        </h2>
        <p>
          <Link href="/redaktion/checklistor">{t('editChecklists')}</Link>
        </p>
      </section>
      <section aria-labelledby="self-assessment-heading" className="mt-8">
        <h2 id="self-assessment-heading" className="mb-3 text-xl font-semibold">
          {t('selfAssessmentHeading')}
        </h2>
        <p>
          <Link href="/redaktion/sjalvskattning">{t('editSelfAssessment')}</Link>
        </p>
      </section>
    </>
  );
}
