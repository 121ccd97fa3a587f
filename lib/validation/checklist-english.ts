import { z } from './zod';
import { slugSchema } from './content';
import { oneLine, versionSchema } from './form';

// The English page of a checklist template (/redaktion/checklistor/<mall>/engelska): one form per
// text block. The limits are the Swedish fields' (lib/validation/checklist.ts), written out whole.

const ref = {
  templateId: z.string().trim().min(1, 'Uppgiften saknar id.').max(64, 'Ogiltigt id.'),
  version: versionSchema,
};
const title = oneLine({
  max: 200,
  required: 'Skriv rubriken på engelska.',
  tooLong: 'Rubriken får vara högst 200 tecken.',
});
const paragraph = (required: string, tooLong: string) => z.string().trim().min(1, required).max(1000, tooLong);

export const englishHeadSchema = z.object({
  ...ref,
  title,
  summary: z
    .string()
    .trim()
    .min(1, 'Skriv sammanfattningen på engelska.')
    .max(500, 'Sammanfattningen får vara högst 500 tecken.'),
  intro: z.string().trim().max(20_000, 'Inledningen får vara högst 20 000 tecken.').default(''),
});

export const englishSectionSchema = z.object({
  ...ref,
  key: slugSchema,
  title,
  commitment: paragraph('Skriv åtagandet på engelska.', 'Åtagandet får vara högst 1 000 tecken.'),
});

export const englishItemSchema = z.object({
  ...ref,
  key: slugSchema,
  title,
  explanation: paragraph('Skriv förklaringen på engelska.', 'Förklaringen får vara högst 1 000 tecken.'),
  example: paragraph('Skriv exemplet på engelska.', 'Exemplet får vara högst 1 000 tecken.'),
});

export const englishRemoveSchema = z
  .object({
    ...ref,
    block: z.enum(['head', 'section', 'item'], { error: 'Ogiltig del av mallen.' }),
    key: z.union([z.literal(''), slugSchema]).default(''),
  })
  .refine((v) => v.block === 'head' || v.key !== '', { message: 'Ogiltig del av mallen.', path: ['key'] });
