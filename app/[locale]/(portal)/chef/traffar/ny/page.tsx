import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SessionForm } from '@/components/sessions/session-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/guards';
import { stockholmDay } from '@/lib/dates';
import { listSessionCourses } from '@/lib/data/group-sessions';
import { listPublishedGuides } from '@/lib/data/guides';
import { courseTitlesIn, lessonTitlesIn } from '@/lib/data/learning';
import { listPublishedExamples } from '@/lib/data/learning-examples';
import { listScopeUnits } from '@/lib/data/scope-units';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sessions'))('plan') };
}

export default async function NewSessionPage() {
  const viewer = await requirePermission('sessions:plan-units', '/chef/traffar/ny');
  const locale = (await getLocale()) as Locale;
  const [units, stored, guides, examples, t, team] = await Promise.all([
    listScopeUnits(viewer, can(viewer.role, 'sessions:plan-organisation')),
    listSessionCourses(),
    listPublishedGuides(),
    listPublishedExamples(viewer),
    getTranslations('sessions'),
    getTranslations('team'),
  ]);
  // Courses and lessons by their titles in the manager's language where they have one.
  const [courseTitles, lessonTitles] = await Promise.all([
    courseTitlesIn(
      stored.map((c) => c.id),
      locale,
    ),
    lessonTitlesIn(
      stored.flatMap((c) => c.lessons.map((l) => l.id)),
      locale,
    ),
  ]);
  const courses = stored.map((c) => ({
    ...c,
    ...courseTitles.get(c.id),
    lessons: c.lessons.map((l) => ({ ...l, ...lessonTitles.get(l.id) })),
  }));
  return (
    <>
      <PageHeader title={t('plan')} lead={t('newLead')} />
      {units.length === 0 ? (
        <p>{team('notManager')}</p>
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
