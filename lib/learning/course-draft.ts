import type { CourseDraft, LessonDraft } from '@/lib/validation/course-editor';
import { parseLessonData } from './lesson-data';

// Converts between the editor's draft shape (revisions store it as JSON) and the live rows.
export type LessonRowData = { slug: string; kind: LessonDraft['kind']; title: string; body: string; data: string };

export function rowToLessonDraft(row: LessonRowData): LessonDraft {
  const base = { slug: row.slug, title: row.title, body: row.body };
  switch (row.kind) {
    case 'READING':
      return { ...base, kind: 'READING' };
    case 'VIDEO':
      return { ...base, kind: 'VIDEO', ...parseLessonData('VIDEO', row.data) };
    case 'REFLECTION':
      return { ...base, kind: 'REFLECTION', ...parseLessonData('REFLECTION', row.data) };
    case 'QUIZ': {
      const quiz = parseLessonData('QUIZ', row.data);
      return {
        ...base,
        kind: 'QUIZ',
        passMark: quiz.passMark,
        questions: quiz.questions.map((q) => ({
          question: q.question,
          options: q.options.map((o) => ({ text: o.text })),
          correct: Math.max(
            0,
            q.options.findIndex((o) => o.correct),
          ),
          explanation: q.explanation,
        })),
      };
    }
  }
}

export function lessonDraftToRow(draft: LessonDraft, position: number) {
  const { slug, title, body, kind } = draft;
  const data =
    draft.kind === 'VIDEO'
      ? { video: draft.video, captions: draft.captions, duration: draft.duration }
      : draft.kind === 'REFLECTION'
        ? { prompt: draft.prompt }
        : draft.kind === 'QUIZ'
          ? {
              passMark: draft.passMark,
              questions: draft.questions.map((q) => ({
                question: q.question,
                options: q.options.map((o, i) =>
                  i === q.correct ? { text: o.text, correct: true } : { text: o.text },
                ),
                explanation: q.explanation,
              })),
            }
          : {};
  return { slug, position, kind, title, body, data: JSON.stringify(data) };
}

export type CourseRowData = {
  title: string;
  summary: string;
  description: string;
  audiences: string;
  topics: string;
  minutes: number;
};

export function courseToDraft(course: CourseRowData, lessons: LessonRowData[]): CourseDraft {
  return {
    title: course.title,
    summary: course.summary,
    description: course.description,
    audiences: course.audiences.split(',').filter(Boolean) as CourseDraft['audiences'],
    topics: course.topics.split(',').filter(Boolean) as CourseDraft['topics'],
    minutes: course.minutes,
    lessons: lessons.map(rowToLessonDraft),
  };
}

/** What publishing a draft does to the live lessons: matched by slug, so progress stays attached. */
export function planLessonChanges(existing: readonly { id: string; slug: string }[], draft: readonly LessonDraft[]) {
  const bySlug = new Map(existing.map((l) => [l.slug, l.id]));
  const keep = new Set(draft.map((l) => l.slug));
  return {
    update: draft.flatMap((l, i) =>
      bySlug.has(l.slug) ? [{ id: bySlug.get(l.slug)!, row: lessonDraftToRow(l, i + 1) }] : [],
    ),
    create: draft.flatMap((l, i) => (bySlug.has(l.slug) ? [] : [lessonDraftToRow(l, i + 1)])),
    remove: existing.filter((l) => !keep.has(l.slug)).map((l) => l.id),
  };
}
