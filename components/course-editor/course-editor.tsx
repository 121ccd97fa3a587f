'use client';

import { useActionState, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { saveCourseAction } from '@/lib/actions/course-editor';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, ErrorText } from '@/components/ui/field';
import { errorsById, locateErrors } from '@/lib/editor/error-location';
import { audienceKeyOptions, topicOptions } from '@/lib/labels';
import type { CourseDraft, LessonDraft } from '@/lib/validation/course-editor';
import { CourseEnglish, courseSwedishChanged } from './english-fields';
import { LessonEditor, newLesson } from './lesson-editor';
import { useErrorWords } from './error-words';
import { CheckboxGroup, TextInput } from './inputs';

type Props = { courseId: string; version: number; initial: CourseDraft };

export function CourseEditor({ courseId, version: startVersion, initial }: Props) {
  const [draft, setDraft] = useState<CourseDraft>(initial);
  const [note, setNote] = useState('');
  const [state, action, pending] = useActionState(saveCourseAction, idle);
  const t = useTranslations('editorLearning');
  const labels = useTranslations('labels');
  const kinds = useTranslations('course.kind');
  const words = useErrorWords();
  const locale = useLocale();
  // The version the next save starts from: the one the page loaded, or the one the last save returned.
  const version = state.data?.version ?? startVersion;
  const set = <K extends keyof CourseDraft>(key: K, value: CourseDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // The course's own Swedish texts: a change means its English must be read against them again.
  const setSwedish = (key: 'title' | 'summary' | 'description', value: string) =>
    setDraft((d) => courseSwedishChanged({ ...d, [key]: value }));
  const setLesson = (i: number, lesson: LessonDraft) =>
    set(
      'lessons',
      draft.lessons.map((l, j) => (j === i ? lesson : l)),
    );
  const move = (i: number, by: number) => {
    const lessons = [...draft.lessons];
    const [item] = lessons.splice(i, 1);
    lessons.splice(i + by, 0, item!);
    set('lessons', lessons);
  };
  const payload = JSON.stringify({ courseId, version, note: note || undefined, draft });
  // The server names each problem by its path in the draft; here it gets words and a field.
  const invalid = state.status === 'error' && state.code === 'VALIDATION';
  const located = invalid ? locateErrors(state.fieldErrors, draft, words) : [];
  const errors = errorsById(located);

  return (
    <form action={action} className="space-y-8">
      <input type="hidden" name="payload" value={payload} />
      {invalid ? (
        <ErrorSummary
          message={state.message}
          answer={state}
          items={located.map((e) => ({ href: e.id ? `#${e.id}` : undefined, text: e.text }))}
        />
      ) : null}
      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-5">
        <legend className="px-1 text-lg font-semibold">{t('editor.about')}</legend>
        <TextInput
          id="course-title"
          label={t('editor.title')}
          value={draft.title}
          onChange={(v) => setSwedish('title', v)}
          error={errors['course-title']}
        />
        <TextInput
          id="course-summary"
          error={errors['course-summary']}
          label={t('editor.summary')}
          value={draft.summary}
          onChange={(v) => setSwedish('summary', v)}
        />
        <TextInput
          id="course-description"
          error={errors['course-description']}
          label={t('editor.description')}
          multiline
          value={draft.description}
          onChange={(v) => setSwedish('description', v)}
        />
        <TextInput
          id="course-minutes"
          error={errors['course-minutes']}
          label={t('editor.minutes')}
          type="number"
          value={String(draft.minutes)}
          onChange={(v) => set('minutes', Number(v))}
        />
        <CheckboxGroup
          id="course-audiences"
          error={errors['course-audiences']}
          legend={t('editor.audiences')}
          options={audienceKeyOptions.map(({ value }) => ({ value, label: labels(`audienceKey.${value}`) }))}
          value={draft.audiences}
          onChange={(v) => set('audiences', v as CourseDraft['audiences'])}
        />
        <CheckboxGroup
          id="course-topics"
          error={errors['course-topics']}
          legend={t('editor.topics')}
          options={topicOptions.map(({ value }) => ({ value, label: labels(`topic.${value}`) }))}
          value={draft.topics}
          onChange={(v) => set('topics', v as CourseDraft['topics'])}
        />
        <CourseEnglish draft={draft} onChange={(v) => set('translations', v)} errors={errors} />
      </fieldset>

      <section
        aria-labelledby="lessons-heading"
        aria-describedby={describedBy({ id: 'lessons-heading', error: errors['lessons-heading'] })}
        className="space-y-4"
      >
        <h2 id="lessons-heading" tabIndex={-1} className="text-xl font-semibold">
          {t('editor.lessons', { count: draft.lessons.length })}
        </h2>
        <ErrorText id="lessons-heading" error={errors['lessons-heading']} />
        {draft.lessons.map((lesson, i) => (
          <LessonEditor
            key={i}
            index={i}
            lesson={lesson}
            onChange={(l) => setLesson(i, l)}
            onMove={(by) => move(i, by)}
            onRemove={() =>
              set(
                'lessons',
                draft.lessons.filter((_, j) => j !== i),
              )
            }
            first={i === 0}
            last={i === draft.lessons.length - 1}
            errors={errors}
          />
        ))}
        <div className="flex flex-wrap gap-2">
          {(['READING', 'VIDEO', 'REFLECTION', 'QUIZ'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="btn-secondary"
              onClick={() => {
                const n = draft.lessons.length + 1;
                const words = { title: t('lesson.newTitle', { n }), prompt: t('lesson.newPrompt') };
                set('lessons', [...draft.lessons, newLesson(kind, n, words)]);
              }}
            >
              {t('editor.add', { kind: kinds(kind).toLocaleLowerCase(locale) })}
            </button>
          ))}
        </div>
      </section>

      <div className="space-y-3 rounded-lg bg-slate-50 p-5">
        <TextInput
          id="revision-note"
          label={t('editor.note')}
          value={note}
          onChange={setNote}
          error={errors['revision-note']}
        />
        {state.message && !invalid ? (
          <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="save" className="btn-secondary" disabled={pending}>
            {t('editor.saveDraft')}
          </button>
          <button type="submit" name="intent" value="publish" className="btn-primary" disabled={pending}>
            {t('editor.savePublish')}
          </button>
        </div>
      </div>
    </form>
  );
}
