import { COMMENT_MAX } from '@/lib/learning/evaluation';
import { z } from './zod';

const id = z.string().trim().min(1, 'Uppgiften saknar id.').max(64, 'Ogiltigt id.');

export const evaluationSchema = z.object({
  courseId: id,
  courseSlug: z.string().max(80),
  // Radio buttons send a string; anything but the five levels is refused, not rounded.
  rating: z
    .enum(['1', '2', '3', '4', '5'], { error: 'Välj ett av svaren från 1 till 5.' })
    .transform((v) => Number(v) as 1 | 2 | 3 | 4 | 5),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX, 'Kommentaren får vara högst 1 000 tecken.')
    // PostgreSQL cannot store the NUL character: refuse it here rather than fail on saving.
    .refine((v) => !v.includes('\u0000'), 'Kommentaren innehåller ett tecken som inte kan sparas.')
    .default(''),
});
export type EvaluationInput = z.infer<typeof evaluationSchema>;
