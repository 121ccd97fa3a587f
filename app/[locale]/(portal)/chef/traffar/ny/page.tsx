import type { Metadata } from 'next';
import { SessionForm } from '@/components/sessions/session-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/guards';
import { stockholmDay } from '@/lib/dates';
import { listSessionCourses } from '@/lib/data/group-sessions';
import { listPublishedGuides } from '@/lib/data/guides';
import { listPublishedExamples } from '@/lib/data/learning-examples';
import { listScopeUnits } from '@/lib/data/scope-units';

export const metadata: Metadata = { title: 'Planera en gruppträff' };

export default async function NewSessionPage() {
  const viewer = await requirePermission('sessions:plan-units', '/chef/traffar/ny');
  const [units, courses, guides, examples] = await Promise.all([
    listScopeUnits(viewer, can(viewer.role, 'sessions:plan-organisation')),
    listSessionCourses(),
    listPublishedGuides(),
    listPublishedExamples(viewer),
  ]);
  return (
    <>
      <PageHeader
        title="Planera en gruppträff"
        lead="Gå igenom en kurs tillsammans på en arbetsplatsträff, ett chefsmöte eller ett arbetsgruppsmöte. De inbjudna med e-post får en inbjudan; efter träffen fyller du i vilka som var med, och det ni gick igenom räknas som genomfört för dem."
      />
      {units.length === 0 ? (
        <p>Du står inte som chef för någon enhet. Kontakta portalens administratör om det är fel.</p>
      ) : (
        <SessionForm
          units={units}
          courses={courses}
          guides={guides.map((g) => ({ slug: g.slug, title: g.title }))}
          examples={examples.map((e) => ({ id: e.id, title: e.title }))}
          today={stockholmDay(new Date())}
        />
      )}
    </>
  );
}
