import { z } from 'zod';
import { saveCourseSchema, type CourseDraft } from '@/lib/validation/course-editor';

/** A course with one lesson of each kind, in this order (the index a kind's fields sit at). */
export const lessonKinds = ['READING', 'VIDEO', 'REFLECTION', 'QUIZ'] as const;

export function fullDraft(): CourseDraft {
  // Each lesson with an English version, so that every field of the draft is in the editor.
  const english = (n: number) => ({ title: `Lesson number ${n}`, body: 'Text.', upToDate: true });
  const base = (n: number) => ({
    slug: `lektion-${n}`,
    title: `Lektion nummer ${n}`,
    body: 'Text.',
    translations: { en: english(n) },
  });
  return {
    title: 'Jämställd service',
    summary: 'En kurs.',
    description: '',
    translations: { en: { title: 'Equal service', summary: 'A course.', description: '' } },
    audiences: ['medarbetare'],
    topics: ['vard-och-omsorg'],
    minutes: 20,
    lessons: [
      { ...base(1), kind: 'READING' },
      {
        ...base(2),
        kind: 'VIDEO',
        video: '/media/film.mp4',
        captions: '/media/film.vtt',
        duration: '1 min',
        translations: { en: { ...english(2), captions: '/media/film.en.vtt', duration: '1 min' } },
      },
      {
        ...base(3),
        kind: 'REFLECTION',
        prompt: 'Vad tar du med dig?',
        translations: { en: { ...english(3), prompt: 'What do you take with you?' } },
      },
      {
        ...base(4),
        kind: 'QUIZ',
        passMark: 0.8,
        questions: [
          { question: 'Vad?', options: [{ text: 'Ja' }, { text: 'Nej' }], correct: 0, explanation: 'För att.' },
        ],
        translations: {
          en: { ...english(4), questions: [{ question: 'What?', options: ['Yes', 'No'], explanation: 'Because.' }] },
        },
      },
    ],
  };
}

export type SchemaPath = (string | number)[];

/**
 * Every field the save schema has, as the path zod would give a problem with it (array items at
 * index 0, a lesson's fields at its kind's index in fullDraft). Read from the schema itself, so a
 * field added there turns up here.
 */
export function schemaPaths(schema: z.ZodType = saveCourseSchema, at: SchemaPath = []): SchemaPath[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return schemaPaths(schema.unwrap() as z.ZodType, at);
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape).flatMap(([key, field]) => {
      const path = [...at, key];
      return [path, ...schemaPaths(field as z.ZodType, path)];
    });
  if (schema instanceof z.ZodArray) return schemaPaths(schema.element as z.ZodType, [...at, 0]);
  if (schema instanceof z.ZodDiscriminatedUnion)
    return schema.options.flatMap((option) => {
      const kind = ((option as z.ZodObject).shape.kind as z.ZodLiteral).value as (typeof lessonKinds)[number];
      const path = [...at.slice(0, -1), lessonKinds.indexOf(kind)];
      return [path, ...schemaPaths(option as z.ZodType, path)];
    });
  return [];
}
