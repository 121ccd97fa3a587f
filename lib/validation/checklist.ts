import { z } from './zod';
import { checkScale, checklistFrontmatterSchema, checklistKinds, slugSchema, sourceSchema } from './content';
import { flag, namingValues, oneLine, versionSchema } from './form';
import { locales } from '@/lib/i18n/config';

// Checklists: the template snapshot stored per revision, and the forms that change an
// organisation's checklist or a template. Shared by the forms and the server.

export const checklistStates = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'] as const;
export type ChecklistStateValue = (typeof checklistStates)[number];

/** Item keys that would collide with fixed routes under /checklista. */
export const reservedItemKeys = ['handlingsplan', 'skattning'] as const;

const sectionsSchema = checklistFrontmatterSchema.shape.sections;
export type TemplateSection = z.infer<typeof sectionsSchema>[number];
export type TemplateItem = TemplateSection['items'][number];

/** All keys of sections and items; they must be unique within a template. */
export function templateKeys(sections: readonly TemplateSection[]): string[] {
  return sections.flatMap((s) => [s.key, ...s.items.map((i) => i.key)]);
}

const text = z.string().min(1);
const source = z.string().min(1);

/**
 * A template's texts in another language, by key (lib/checklist/translations.ts). The head (title,
 * summary, intro) is absent when only some sections or items are translated, or an editor removed it.
 */
export const templateVersionSchema = z.object({
  source: source.optional(),
  title: text.max(200).optional(),
  summary: text.max(500).optional(),
  intro: z.string().max(20_000).optional(),
  sections: z.record(z.string(), z.object({ source, title: text, commitment: text })),
  items: z.record(z.string(), z.object({ source, title: text, explanation: text, example: text })),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

/** The template as data: what a revision stores and what organisations work through. */
export const templateSnapshotSchema = z
  .object({
    key: slugSchema,
    kind: z.enum(checklistKinds).default('status'),
    title: z.string().min(1).max(200),
    article: z.number().int().min(1).max(40),
    scale: checklistFrontmatterSchema.shape.scale,
    summary: z.string().min(1).max(500),
    intro: z.string().max(20_000).default(''),
    sources: z.array(sourceSchema).default([]),
    sections: sectionsSchema,
    /** The same texts in other languages; absent in templates written before there were any. */
    translations: z.partialRecord(z.enum(locales), templateVersionSchema).optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const keys = templateKeys(t.sections);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    // The keys are named in the reader's language where the refusal is reported (namingValues).
    if (dupes.length)
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: 'Nycklarna måste vara unika i mallen.',
        params: namingValues('keysNotUnique', { keys: [...new Set(dupes)].join(', ') }),
      });
    const reserved = keys.filter((k) => (reservedItemKeys as readonly string[]).includes(k));
    if (reserved.length)
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: 'Nyckeln är reserverad.',
        params: namingValues('keyReserved', { key: reserved[0]! }),
      });
    checkScale(t, ctx);
  });
export type TemplateSnapshot = z.infer<typeof templateSnapshotSchema>;

const id = z.string().trim().min(1, 'Uppgiften saknar id.').max(64, 'Ogiltigt id.');
const version = versionSchema;

export const EVIDENCE_MAX = 5000;
export const LINKS_MAX = 10;
export const LINK_MAX = 500;
// Written out, so lib/i18n/messages-en.ts can give their English; tests/unit/checklist-validation.test.ts
// holds them equal to the limits.
export const LINKS_MAX_MESSAGE = 'Ange högst 10 länkar.';
export const LINK_MAX_MESSAGE = 'En länk får vara högst 500 tecken.';
const webLink = z.url({ protocol: /^https?$/ });
const isoDay = z.iso.date();

/** One line per link in the form; each must be an http(s) address. */
const evidenceLinks = z
  .string()
  .max(LINKS_MAX * (LINK_MAX + 2), 'Listan med länkar är för lång.')
  .default('')
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  )
  .superRefine((links, ctx) => {
    if (links.length > LINKS_MAX) ctx.addIssue({ code: 'custom', message: LINKS_MAX_MESSAGE });
    const long = links.find((l) => l.length > LINK_MAX);
    if (long) ctx.addIssue({ code: 'custom', message: LINK_MAX_MESSAGE });
    const bad = links.find((l) => !webLink.safeParse(l).success);
    // The action names the link in the reader's language (namingValues).
    if (bad)
      ctx.addIssue({
        code: 'custom',
        message: 'En av länkarna måste vara en webbadress som börjar med http:// eller https://.',
        params: namingValues('badLink', { link: bad.slice(0, 80) }),
      });
  });

export const itemUpdateSchema = z
  .object({
    checklistId: id,
    itemKey: slugSchema,
    version,
    status: z.enum(checklistStates, { error: 'Välj en status.' }),
    reason: z.string().trim().max(1000, 'Skälet får vara högst 1 000 tecken.').default(''),
    responsibleId: z.string().trim().max(64, 'Ogiltig person.').default(''),
    dueAt: z
      .string()
      .trim()
      .default('')
      .refine((v) => v === '' || isoDay.safeParse(v).success, 'Skriv datumet som ÅÅÅÅ-MM-DD.'),
    evidenceText: z.string().trim().max(EVIDENCE_MAX, 'Underlaget får vara högst 5 000 tecken.').default(''),
    evidenceLinks,
  })
  .superRefine((v, ctx) => {
    if (v.status === 'NOT_APPLICABLE' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Skriv varför punkten inte är aktuell.' });
    }
    if (isoDay.safeParse(v.dueAt).success && (v.dueAt < '2000-01-01' || v.dueAt > '2100-12-31')) {
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'Välj ett datum mellan år 2000 och 2100.' });
    }
  });
export type ItemUpdate = z.infer<typeof itemUpdateSchema>;

export const commentSchema = z.object({
  checklistId: id,
  itemKey: slugSchema,
  text: z.string().trim().min(1, 'Skriv en kommentar.').max(2000, 'Kommentaren får vara högst 2 000 tecken.'),
});

export const openChecklistSchema = z.object({
  templateId: id,
  unitId: z.string().trim().max(64).default(''),
});

// Template editing (/redaktion/checklistor).
const heading = oneLine({ max: 200, required: 'Skriv en rubrik.', tooLong: 'Rubriken får vara högst 200 tecken.' });
const templateRef = {
  templateId: id,
  version,
  note: z.string().trim().max(300, 'Anteckningen får vara högst 300 tecken.').default(''),
};

export const templateItemSchema = z.object({
  ...templateRef,
  sectionKey: slugSchema,
  /** Empty when the item is new. */
  originalKey: z.union([z.literal(''), slugSchema]).default(''),
  key: slugSchema,
  title: heading,
  explanation: z.string().trim().min(1, 'Skriv en förklaring.').max(1000, 'Förklaringen får vara högst 1 000 tecken.'),
  example: z.string().trim().min(1, 'Skriv ett exempel.').max(1000, 'Exemplet får vara högst 1 000 tecken.'),
  linkedCourses: z.array(slugSchema).max(10, 'Länka högst tio kurser.').default([]),
});

export const templateSectionSchema = z.object({
  ...templateRef,
  originalKey: z.union([z.literal(''), slugSchema]).default(''),
  key: slugSchema,
  title: heading,
  commitment: z.string().trim().min(1, 'Beskriv åtagandet.').max(1000, 'Åtagandet får vara högst 1 000 tecken.'),
  optional: flag,
});

export const templateItemRemoveSchema = z.object({ ...templateRef, key: slugSchema });
export const templateRevisionSchema = z.object({ ...templateRef, number: versionSchema });
