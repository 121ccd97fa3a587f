import { z } from './zod';

const id = z.string().trim().min(1, 'Uppgiften saknar id.').max(64, 'Ogiltigt id.');

export const lessonRefSchema = z.object({
  courseId: id,
  lessonId: id,
  courseSlug: z.string().max(80),
  lessonSlug: z.string().max(80),
});
export type LessonRef = z.infer<typeof lessonRefSchema>;

export const reflectionSchema = lessonRefSchema.extend({
  text: z.string().trim().min(1, 'Skriv ditt svar innan du sparar.').max(5000, 'Svaret får vara högst 5 000 tecken.'),
});

export const deletionRequestSchema = z.object({
  reason: z.string().trim().max(1000, 'Skriv högst 1 000 tecken.').optional(),
});
