import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { PlanFormValues } from '@/lib/validation/competence-plan';
import { monthNames } from '@/lib/plans/format';

// The repeated rows of the plan form: every row sends the same field names, read back by position
// (lib/validation/competence-plan.ts). A few empty rows follow the filled ones.

export type CourseOption = { id: string; title: string };

const EMPTY_ROWS = 3;

const audienceOptions = [
  { value: 'alla', label: 'Alla i förvaltningen' },
  { value: 'politiker', label: 'Förtroendevalda' },
  { value: 'chef', label: 'Chefer' },
  { value: 'strateg', label: 'Strateger' },
  { value: 'medarbetare', label: 'Medarbetare' },
];
const kindOptions = [
  { value: 'kurs', label: 'Kurs' },
  { value: 'gruppträff', label: 'Gruppträff' },
  { value: 'annat', label: 'Annat' },
];
const monthOptions = monthNames.map((name, i) => ({ value: String(i + 1), label: name }));

const row = 'grid gap-3 border-b border-slate-200 pb-4 last:border-b-0 sm:grid-cols-3';

function GoalRows({ goals, courses }: { goals: PlanFormValues['goals']; courses: CourseOption[] }) {
  const rows = [
    ...goals,
    ...Array.from({ length: EMPTY_ROWS }, () => ({ courseId: '', audience: 'alla', targetPercent: '' })),
  ];
  const options = courses.map((c) => ({ value: c.id, label: c.title }));
  return rows.map((g, i) => (
    <div key={i} className={row} role="group" aria-label={`Mål ${i + 1}`}>
      <SelectField
        label={`Mål ${i + 1}: kurs`}
        name="goalCourse"
        id={`goal-course-${i}`}
        emptyLabel="Ingen kurs vald"
        options={options}
        defaultValue={g.courseId}
      />
      <SelectField
        label="Målgrupp"
        name="goalAudience"
        id={`goal-audience-${i}`}
        options={audienceOptions}
        defaultValue={g.audience || 'alla'}
      />
      <Field
        label="Mål i procent"
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
  const options = courses.map((c) => ({ value: c.id, label: c.title }));
  return rows.map((a, i) => (
    <div key={i} className={`${row} sm:grid-cols-2`} role="group" aria-label={`Aktivitet ${i + 1}`}>
      <Field
        label={`Aktivitet ${i + 1}: vad`}
        name="activityTitle"
        id={`activity-title-${i}`}
        hint="Till exempel Grundkurs på APT i Hemtjänsten"
        defaultValue={a.title}
      />
      <SelectField
        label="Slag"
        name="activityKind"
        id={`activity-kind-${i}`}
        options={kindOptions}
        defaultValue={a.kind || 'kurs'}
      />
      <SelectField
        label="Månad"
        name="activityMonth"
        id={`activity-month-${i}`}
        emptyLabel="Ingen månad"
        options={monthOptions}
        defaultValue={a.month}
      />
      <SelectField
        label="Kurs"
        name="activityCourse"
        id={`activity-course-${i}`}
        emptyLabel="Ingen kurs"
        options={options}
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
