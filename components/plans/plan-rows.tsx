import { useLocale, useTranslations } from 'next-intl';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { PlanFormValues } from '@/lib/validation/competence-plan';
import { monthName } from '@/lib/plans/format';

// The repeated rows of the plan form: every row sends the same field names, read back by position
// (lib/validation/competence-plan.ts). A few empty rows follow the filled ones.

/** A course by its title in the reader's language where it has one; `lang` says which. */
export type CourseOption = { id: string; title: string; lang: Locale };

const EMPTY_ROWS = 3;
const audiences = ['politiker', 'chef', 'strateg', 'medarbetare'] as const;
const kinds = ['kurs', 'gruppträff', 'annat'] as const;

/** The choices the rows offer, in the reader's language. */
function useOptions(courses: CourseOption[]) {
  const t = useTranslations('plans');
  const labels = useTranslations('labels.audienceKey');
  const locale = useLocale() as Locale;
  return {
    t,
    audiences: [{ value: 'alla', label: t('groupAll') }, ...audiences.map((a) => ({ value: a, label: labels(a) }))],
    kinds: kinds.map((k) => ({ value: k, label: t(`kindOption.${k}`) })),
    months: Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, locale) })),
    courses: courses.map((c) => ({ value: c.id, label: c.title, lang: passageLang(locale, c.lang) })),
  };
}

const row = 'grid gap-3 border-b border-slate-200 pb-4 last:border-b-0 sm:grid-cols-3';

function GoalRows({ goals, courses }: { goals: PlanFormValues['goals']; courses: CourseOption[] }) {
  const rows = [
    ...goals,
    ...Array.from({ length: EMPTY_ROWS }, () => ({ courseId: '', audience: 'alla', targetPercent: '' })),
  ];
  const options = useOptions(courses);
  const t = options.t;
  return rows.map((g, i) => (
    <div key={i} className={row} role="group" aria-label={t('goalN', { n: i + 1 })}>
      <SelectField
        label={t('goalCourse', { n: i + 1 })}
        name="goalCourse"
        id={`goal-course-${i}`}
        emptyLabel={t('noCourseChosen')}
        options={options.courses}
        defaultValue={g.courseId}
      />
      <SelectField
        label={t('audience')}
        name="goalAudience"
        id={`goal-audience-${i}`}
        options={options.audiences}
        defaultValue={g.audience || 'alla'}
      />
      <Field
        label={t('target')}
        name="goalTarget"
        id={`goal-target-${i}`}
        hint="1–100"
        defaultValue={g.targetPercent}
      />
    </div>
  ));
}

function ActivityRows({ activities, courses }: { activities: PlanFormValues['activities']; courses: CourseOption[] }) {
  const rows = [
    ...activities,
    ...Array.from({ length: EMPTY_ROWS }, () => ({ kind: 'kurs', title: '', month: '', courseId: '' })),
  ];
  const options = useOptions(courses);
  const t = options.t;
  return rows.map((a, i) => (
    <div key={i} className={`${row} sm:grid-cols-2`} role="group" aria-label={t('activityN', { n: i + 1 })}>
      <Field
        label={t('activityTitle', { n: i + 1 })}
        name="activityTitle"
        id={`activity-title-${i}`}
        hint={t('activityHint')}
        defaultValue={a.title}
      />
      <SelectField
        label={t('kindLabel')}
        name="activityKind"
        id={`activity-kind-${i}`}
        options={options.kinds}
        defaultValue={a.kind || 'kurs'}
      />
      <SelectField
        label={t('month')}
        name="activityMonth"
        id={`activity-month-${i}`}
        emptyLabel={t('noMonth')}
        options={options.months}
        defaultValue={a.month}
      />
      <SelectField
        label={t('course')}
        name="activityCourse"
        id={`activity-course-${i}`}
        emptyLabel={t('noCourse')}
        options={options.courses}
        defaultValue={a.courseId}
      />
    </div>
  ));
}

export function PlanRows({
  kind,
  values,
  courses,
}: {
  kind: 'goals' | 'activities';
  values: PlanFormValues;
  courses: CourseOption[];
}) {
  return (
    <div className="space-y-4">
      {kind === 'goals' ? (
        <GoalRows goals={values.goals} courses={courses} />
      ) : (
        <ActivityRows activities={values.activities} courses={courses} />
      )}
    </div>
  );
}
