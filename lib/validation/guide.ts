import { z } from './zod';
import {
  audienceKey,
  audienceKeys,
  slugSchema,
  sourceSchema,
  topicKey,
  topicKeys,
  type GuideFrontmatter,
} from './content';
import { choices, oneLine, VERSION_MESSAGE, versionSchema } from './form';

// A guidance page in the database: the frontmatter of content/guidance/*.md minus title and
// summary (they have columns of their own) is stored as JSON in GuideRevision.meta.
const skrRule = {
  message: 'Ange utgåva när du anger steg (stegens nummer skiljer sig mellan utgåvorna).',
  path: ['skrEdition'],
};

export const guideMetaSchema = z
  .object({
    topics: z.array(topicKey).min(1),
    audiences: z.array(audienceKey).min(1),
    updated: z.iso.date(),
    skrStep: z.number().int().min(1).max(10).optional(),
    skrEdition: z.string().min(4).max(20).optional(),
    related: z.array(slugSchema).default([]),
    sources: z.array(sourceSchema).min(1),
  })
  .refine((m) => m.skrStep === undefined || m.skrEdition !== undefined, skrRule);
export type GuideMeta = z.infer<typeof guideMetaSchema>;

/** Title, summary, body and meta: what one revision holds. */
export type GuideContent = { title: string; summary: string; body: string; meta: GuideMeta };

// Messages are written out (not built from a label and a number), so lib/i18n/messages-en.ts can
// give each its English.
type Say = { required: string; tooLong: string };

const text = (max: number, say: Say) => z.string().trim().min(1, say.required).max(max, say.tooLong);

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((v) => v || undefined);

const line = (max: number, say: Say) => oneLine({ max, ...say });

export const guideSourceInputSchema = z.object({
  title: line(300, { required: 'Skriv källans titel.', tooLong: 'Högst 300 tecken.' }),
  publisher: line(120, { required: 'Skriv utgivare.', tooLong: 'Högst 120 tecken.' }),
  url: z
    .string()
    .trim()
    .max(2000, 'Länken får vara högst 2 000 tecken.')
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^https$/, error: 'Länken måste börja med https://' }).optional()),
  date: optionalText(10, 'Högst 10 tecken.').pipe(z.iso.date({ error: 'Datum skrivs ÅÅÅÅ-MM-DD.' }).optional()),
});

const MAX_RELATED = 20;
const MAX_SOURCES = 30;

/** What the editor form sends (field names are the form's `name` attributes). */
export const guideFormSchema = z
  .object({
    slug: slugSchema.min(3, 'Minst 3 tecken.'),
    title: line(120, { required: 'Skriv en titel.', tooLong: 'Högst 120 tecken.' }),
    summary: text(300, { required: 'Skriv en sammanfattning.', tooLong: 'Högst 300 tecken.' }),
    body: text(100_000, { required: 'Skriv sidans text.', tooLong: 'Högst 100000 tecken.' }),
    topics: choices(topicKeys, { required: 'Välj minst ett ämne.', unknown: 'Välj ett ämne i listan.' }),
    audiences: choices(audienceKeys, { required: 'Välj minst en målgrupp.', unknown: 'Välj en målgrupp i listan.' }),
    skrStep: z.coerce
      .number({ error: 'Skriv stegets nummer, 1–10.' })
      .int('Skriv stegets nummer, 1–10.')
      .min(1, 'Skriv stegets nummer, 1–10.')
      .max(10, 'Skriv stegets nummer, 1–10.')
      .optional(),
    skrEdition: optionalText(20, 'Högst 20 tecken.').pipe(
      z.string().min(4, 'Minst 4 tecken, till exempel 2019.').optional(),
    ),
    related: z.array(slugSchema).max(MAX_RELATED, 'Högst 20 relaterade sidor.').default([]),
    sources: z
      .array(guideSourceInputSchema, { error: 'Ange minst en källa.' })
      .min(1, 'Ange minst en källa.')
      .max(MAX_SOURCES, 'Högst 30 källor.'),
    note: optionalText(500, 'Högst 500 tecken.'),
    // The English version: all three texts empty for none (lib/guides/translations.ts).
    enTitle: oneLine({ max: 120, tooLong: 'Högst 120 tecken.' }).default(''),
    enSummary: z.string().trim().max(300, 'Högst 300 tecken.').default(''),
    enBody: z.string().trim().max(100_000, 'Högst 100000 tecken.').default(''),
    /** The editor says the English matches the Swedish as it is now. */
    enUpToDate: z
      .string()
      .optional()
      .transform((v) => v === 'on'),
  })
  .refine((f) => f.skrStep === undefined || f.skrEdition !== undefined, skrRule)
  .superRefine((f, ctx) => {
    if (!f.enTitle && !f.enSummary && !f.enBody) return;
    const missing = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!f.enTitle) missing('enTitle', 'Skriv en titel.');
    if (!f.enSummary) missing('enSummary', 'Skriv en sammanfattning.');
    if (!f.enBody) missing('enBody', 'Skriv sidans text.');
  });
export type GuideForm = z.infer<typeof guideFormSchema>;

/** The English version a save asks for: null for none (all three texts empty). */
export type GuideEnglish = { title: string; summary: string; body: string; upToDate: boolean } | null;

export const englishFromForm = (form: GuideForm): GuideEnglish =>
  form.enTitle
    ? { title: form.enTitle, summary: form.enSummary, body: form.enBody.trim(), upToDate: form.enUpToDate }
    : null;

/**
 * A save: the form plus the page it changes and the version it was based on (a new page has
 * neither). A malformed version is refused as such, never compared and taken for someone's save.
 */
export const guideSaveSchema = guideFormSchema
  .safeExtend({
    pageId: z.string().max(64, 'Ogiltigt id.').optional(),
    version: z.preprocess((v) => (v === '' ? undefined : v), versionSchema.optional()),
  })
  .refine((f) => !f.pageId || f.version !== undefined, { path: ['version'], message: VERSION_MESSAGE });

/** The raw form values, kept as strings so a refused save can give them back unchanged. */
export type GuideFormValues = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  audiences: string[];
  skrStep: string;
  skrEdition: string;
  related: string[];
  sources: { title: string; publisher: string; url: string; date: string }[];
  note: string;
  enTitle: string;
  enSummary: string;
  enBody: string;
  /** 'on' when the box "the English matches the Swedish" is ticked. */
  enUpToDate: string;
};

/** A form field's text ('' for a missing field or a file). */
export const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

export function formValuesFrom(form: FormData): GuideFormValues {
  const all = (name: string) => form.getAll(name).map(str);
  const titles = all('sourceTitle');
  const publishers = all('sourcePublisher');
  const urls = all('sourceUrl');
  const dates = all('sourceDate');
  const sources = titles
    .map((title, i) => ({ title, publisher: publishers[i] ?? '', url: urls[i] ?? '', date: dates[i] ?? '' }))
    .filter((s) => s.title.trim() || s.publisher.trim() || s.url.trim() || s.date.trim());
  return {
    slug: str(form.get('slug')).trim(),
    title: str(form.get('title')),
    summary: str(form.get('summary')),
    body: str(form.get('body')).replace(/\r\n/g, '\n'),
    topics: all('topics'),
    audiences: all('audiences'),
    skrStep: str(form.get('skrStep')),
    skrEdition: str(form.get('skrEdition')),
    related: all('related'),
    sources,
    note: str(form.get('note')),
    enTitle: str(form.get('enTitle')),
    enSummary: str(form.get('enSummary')),
    enBody: str(form.get('enBody')).replace(/\r\n/g, '\n'),
    enUpToDate: str(form.get('enUpToDate')),
  };
}

/** Form values → schema input: empty optional fields become undefined. */
export const guideFormInput = (values: GuideFormValues) => ({ ...values, skrStep: values.skrStep || undefined });

export function parseGuideForm(values: GuideFormValues) {
  return guideFormSchema.safeParse(guideFormInput(values));
}

export function contentFromForm(form: GuideForm, updated: string): GuideContent {
  const meta: GuideMeta = {
    topics: form.topics,
    audiences: form.audiences,
    updated,
    ...(form.skrStep !== undefined ? { skrStep: form.skrStep } : {}),
    ...(form.skrEdition ? { skrEdition: form.skrEdition } : {}),
    related: form.related,
    sources: form.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher,
      ...(s.url ? { url: s.url } : {}),
      ...(s.date ? { date: s.date } : {}),
    })),
  };
  return { title: form.title, summary: form.summary, body: form.body.trim(), meta };
}

export function formValuesFromContent(
  slug: string,
  content: GuideContent,
  english?: { title: string; summary: string; body: string; upToDate: boolean } | null,
): GuideFormValues {
  const { meta } = content;
  return {
    slug,
    title: content.title,
    summary: content.summary,
    body: content.body,
    topics: meta.topics,
    audiences: meta.audiences,
    skrStep: meta.skrStep ? String(meta.skrStep) : '',
    skrEdition: meta.skrEdition ?? '',
    related: meta.related,
    sources: meta.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher,
      url: s.url ?? '',
      date: s.date ?? '',
    })),
    note: '',
    enTitle: english?.title ?? '',
    enSummary: english?.summary ?? '',
    enBody: english?.body ?? '',
    // English written now is written from the Swedish as it is: ticked until the Swedish changes.
    enUpToDate: !english || english.upToDate ? 'on' : '',
  };
}

/** A content/guidance file as stored in a revision (the frontmatter minus title and summary go to meta). */
export function contentFromFrontmatter(data: GuideFrontmatter, body: string): GuideContent {
  const { title, summary, ...meta } = data;
  return { title, summary, body, meta };
}

/** GuideRevision.meta (JSON text) → checked meta. */
export function parseMeta(json: string): GuideMeta {
  return guideMetaSchema.parse(JSON.parse(json));
}
