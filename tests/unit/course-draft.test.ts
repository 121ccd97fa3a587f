import { describe, expect, it } from 'vitest';
import { loadCourses } from '@/lib/content/loader';
import { courseToDraft, lessonDraftToRow, planLessonChanges, rowToLessonDraft } from '@/lib/learning/course-draft';
import { courseDraftSchema, saveCourseSchema } from '@/lib/validation/course-editor';

describe('course drafts', () => {
  it('round-trips every lesson of the corpus between rows and drafts', () => {
    for (const course of loadCourses()) {
      for (const lesson of course.lessons) {
        const { kind, title, ...rest } = lesson.data;
        const row = {
          slug: lesson.slug,
          kind: kind.toUpperCase() as 'READING',
          title,
          body: lesson.body,
          data: JSON.stringify(rest),
        };
        const again = lessonDraftToRow(rowToLessonDraft(row), lesson.position);
        expect(JSON.parse(again.data)).toEqual(rest);
        expect(again.title).toBe(title);
      }
    }
  });

  it('makes drafts of the corpus that the editor schema accepts', () => {
    const course = loadCourses()[0]!;
    const rows = course.lessons.map((l) => {
      const { kind, title, ...rest } = l.data;
      return { slug: l.slug, kind: kind.toUpperCase() as 'READING', title, body: l.body, data: JSON.stringify(rest) };
    });
    const draft = courseToDraft(
      {
        ...course.data,
        description: course.body,
        audiences: course.data.audiences.join(','),
        topics: course.data.topics.join(','),
      },
      rows,
    );
    expect(courseDraftSchema.safeParse(draft).success).toBe(true);
  });
});

describe('publishing a changed course keeps progress attached', () => {
  const existing = [
    { id: 'L1', slug: 'intro' },
    { id: 'L2', slug: 'mitten' },
    { id: 'L3', slug: 'slut' },
  ];
  const reading = (slug: string) => ({ kind: 'READING' as const, slug, title: slug, body: 'x' });

  it('updates lessons by slug, creates new ones and marks left-out ones removed', () => {
    const plan = planLessonChanges(existing, [reading('slut'), reading('ny'), reading('intro')]);
    expect(plan.update.map((u) => [u.id, u.row.position])).toEqual([
      ['L3', 1],
      ['L1', 3],
    ]);
    expect(plan.create.map((c) => [c.slug, c.position])).toEqual([['ny', 2]]);
    expect(plan.remove).toEqual(['L2']);
  });
});

describe('editor input', () => {
  const draft = {
    title: 'Kurs',
    summary: 'Om',
    description: '',
    audiences: ['chef'],
    topics: ['grunder'],
    minutes: 10,
    lessons: [{ kind: 'READING', slug: 'a', title: 'A', body: 'Text' }],
  };

  it('accepts a good save and refuses bad ones with Swedish messages', () => {
    expect(saveCourseSchema.safeParse({ courseId: 'c', version: 1, draft }).success).toBe(true);
    const dup = courseDraftSchema.safeParse({ ...draft, lessons: [draft.lessons[0], draft.lessons[0]] });
    expect(dup.error!.issues[0]!.message).toBe('Två lektioner har samma kortnamn. Ge varje lektion ett eget.');
    const quiz = courseDraftSchema.safeParse({
      ...draft,
      lessons: [
        {
          kind: 'QUIZ',
          slug: 'q',
          title: 'Q',
          body: '',
          passMark: 0.8,
          questions: [{ question: 'F?', options: [{ text: 'a' }, { text: 'b' }], correct: 5, explanation: 'E' }],
        },
      ],
    });
    expect(quiz.error!.issues[0]!.message).toBe('Välj vilket svar som är rätt.');
    expect(courseDraftSchema.safeParse({ ...draft, lessons: [] }).error!.issues[0]!.message).toBe(
      'En kurs behöver minst en lektion.',
    );
  });
});
