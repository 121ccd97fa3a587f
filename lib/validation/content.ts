import { z } from './zod';

// Frontmatter of the files in content/ (see content/README.md). A failure names the file and field.
export const audienceKeys = ['politiker', 'chef', 'strateg', 'medarbetare'] as const;
export const topicKeys = [
  'grunder',
  'styrning',
  'kompetens',
  'statistik-och-analys',
  'stereotyper',
  'cemr',
  'kommunikation',
  'vard-och-omsorg',
  'forbattringsarbete',
  'roller',
] as const;

export const audienceKey = z.enum(audienceKeys);
export const topicKey = z.enum(topicKeys);
export type AudienceKey = z.infer<typeof audienceKey>;
export type TopicKey = z.infer<typeof topicKey>;

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Bara små bokstäver a–z, siffror och bindestreck.')
  .max(80);

// YAML turns 2026-11-27 into a Date; accept both and keep an ISO date string.
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'Datum skrivs ÅÅÅÅ-MM-DD.' }),
);

const httpsUrl = z.url({ protocol: /^https$/, error: 'Länken måste börja med https://' });

export const sourceSchema = z.object({
  title: z.string().min(1).max(300),
  publisher: z.string().min(1).max(120),
  url: httpsUrl.optional(),
  date: isoDate.optional(),
});

export const guideFrontmatterSchema = z
  .object({
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(300),
    topics: z.array(topicKey).min(1),
    audiences: z.array(audienceKey).min(1),
    updated: isoDate,
    skrStep: z.number().int().min(1).max(10).optional(),
    skrEdition: z.string().min(4).max(20).optional(),
    related: z.array(slugSchema).default([]),
    sources: z.array(sourceSchema).min(1),
  })
  .strict()
  .refine((fm) => fm.skrStep === undefined || fm.skrEdition !== undefined, {
    message: 'skrEdition krävs när skrStep är satt (stegens nummer skiljer sig mellan utgåvorna).',
    path: ['skrEdition'],
  });
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

/** A guidance page's version in another language (content/guidance/<locale>/<slug>.md): its texts only. */
export const guideVersionFrontmatterSchema = z
  .object({ title: guideFrontmatterSchema.shape.title, summary: guideFrontmatterSchema.shape.summary })
  .strict();

export const pathFrontmatterSchema = z
  .object({
    title: z.string().min(1).max(120),
    audience: audienceKey,
    summary: z.string().min(1).max(300),
    courses: z.array(slugSchema).min(1),
  })
  .strict();
export type PathFrontmatter = z.infer<typeof pathFrontmatterSchema>;

export const courseFrontmatterSchema = z
  .object({
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(300),
    audiences: z.array(audienceKey).min(1),
    topics: z.array(topicKey).min(1),
    minutes: z.number().int().min(1).max(600),
  })
  .strict();
export type CourseFrontmatter = z.infer<typeof courseFrontmatterSchema>;

const quizQuestionSchema = z
  .object({
    question: z.string().min(1).max(500),
    options: z
      .array(z.object({ text: z.string().min(1).max(300), correct: z.boolean().optional() }).strict())
      .min(2)
      .max(5),
    explanation: z.string().min(1).max(1000),
  })
  .strict()
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'Varje fråga ska ha exakt ett rätt svar.',
    path: ['options'],
  });

const mediaPath = z
  .string()
  .regex(
    /^\/media\/[a-z0-9-]+(\.[a-z]{2})?\.(mp4|webm|vtt)$/,
    'Sökvägen ska vara /media/<namn>.mp4|webm|vtt (textning på ett annat språk: <namn>.en.vtt)',
  );

export const lessonFrontmatterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reading'), title: z.string().min(1).max(120) }).strict(),
  z
    .object({
      kind: z.literal('video'),
      title: z.string().min(1).max(120),
      video: mediaPath,
      captions: mediaPath,
      duration: z.string().min(1).max(20),
    })
    .strict(),
  z
    .object({ kind: z.literal('reflection'), title: z.string().min(1).max(120), prompt: z.string().min(1).max(500) })
    .strict(),
  z
    .object({
      kind: z.literal('quiz'),
      title: z.string().min(1).max(120),
      passMark: z.number().gt(0).max(1),
      questions: z.array(quizQuestionSchema).min(1).max(20),
    })
    .strict(),
]);
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

const levelSchema = z
  .object({
    score: z.number().int().min(1).max(4),
    label: z.string().min(2).max(60),
    description: z.string().min(10).max(300),
  })
  .strict();

const checklistItemSchema = z
  .object({
    key: slugSchema,
    title: z.string().min(1).max(200),
    explanation: z.string().min(1).max(1000),
    example: z.string().min(1).max(1000),
    linkedCourses: z.array(slugSchema).default([]),
  })
  .strict();

export const checklistKinds = ['status', 'score'] as const;

/** Checks that belong to every template, as content and as a stored revision: a score template has its 1–4 scale. */
export function checkScale(
  t: { kind: (typeof checklistKinds)[number]; scale?: readonly { score: number }[] },
  ctx: z.RefinementCtx,
) {
  if (t.kind === 'score' && (!t.scale || t.scale.some((l, i) => l.score !== i + 1)))
    ctx.addIssue({
      code: 'custom',
      path: ['scale'],
      message: 'En mall för skattning ska ha fyra nivåer med poängen 1, 2, 3 och 4 i den ordningen.',
    });
  if (t.kind === 'status' && t.scale)
    ctx.addIssue({ code: 'custom', path: ['scale'], message: 'Bara en mall för skattning har en skala.' });
}

export const checklistFrontmatterSchema = z
  .object({
    key: slugSchema,
    /** status: items worked through to done (CEMR articles); score: each item scored 1–4 (SKR's steps). */
    kind: z.enum(checklistKinds).default('status'),
    title: z.string().min(1).max(200),
    /** The CEMR article, or SKR's step for a score template. */
    article: z.number().int().min(1).max(40),
    scale: z.array(levelSchema).length(4).optional(),
    summary: z.string().min(1).max(500),
    updated: isoDate,
    sources: z.array(sourceSchema).min(1),
    sections: z
      .array(
        z
          .object({
            key: slugSchema,
            title: z.string().min(1).max(200),
            commitment: z.string().min(1).max(1000),
            optional: z.boolean().default(false),
            items: z.array(checklistItemSchema).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .refine(
    (t) => {
      const keys = t.sections.flatMap((s) => [s.key, ...s.items.map((i) => i.key)]);
      return new Set(keys).size === keys.length;
    },
    { message: 'Nycklarna för avsnitt och punkter måste vara unika i mallen.', path: ['sections'] },
  )
  .superRefine(checkScale);
export type ChecklistFrontmatter = z.infer<typeof checklistFrontmatterSchema>;

export const pageFrontmatterSchema = z.object({ title: z.string().min(1).max(200), updated: isoDate }).strict();

// A discussion guide (samtalsguide) for running a course together at an ordinary meeting (APT,
// chefsmöte). The two time plans must add up to their length, so a leader can trust them.
const planStepSchema = z
  .object({ minutes: z.number().int().min(1).max(60), activity: z.string().min(1).max(400) })
  .strict();
const minutesOf = (steps: { minutes: number }[]) => steps.reduce((sum, s) => sum + s.minutes, 0);

export const discussionGuideFrontmatterSchema = z
  .object({
    course: slugSchema,
    title: z.string().min(1).max(120),
    purpose: z.string().min(1).max(600),
    show: z
      .array(z.object({ lesson: slugSchema, note: z.string().min(1).max(300) }).strict())
      .min(1)
      .max(4),
    plan30: z.array(planStepSchema).min(2).max(8),
    plan60: z.array(planStepSchema).min(2).max(10),
    questions: z.array(z.string().min(1).max(300)).min(3).max(6),
    exercise: z.string().min(1).max(800),
    writeDown: z.array(z.string().min(1).max(300)).min(1).max(5),
    updated: isoDate,
  })
  .strict()
  .refine((g) => minutesOf(g.plan30) === 30, {
    message: 'Tidsplanen för 30 minuter ska bli 30 minuter.',
    path: ['plan30'],
  })
  .refine((g) => minutesOf(g.plan60) === 60, {
    message: 'Tidsplanen för 60 minuter ska bli 60 minuter.',
    path: ['plan60'],
  });
export type DiscussionGuideFrontmatter = z.infer<typeof discussionGuideFrontmatterSchema>;

// The self-assessment (självskattning, issue 17): statements in five competence areas, each scored
// 1–4 on one scale whose levels are described in words. A statement may be for some audiences
// only; every audience must still get at least two statements in every area, so each area's
// result rests on more than one answer.
export const assessmentAreaKeys = ['grunder', 'strategin', 'styrning', 'analys', 'stereotyper'] as const;
export const assessmentAreaKey = z.enum(assessmentAreaKeys);
export type AssessmentAreaKey = z.infer<typeof assessmentAreaKey>;

const statementKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Nyckeln skrivs med a–z, 0–9 och bindestreck.');
const assessmentStatementSchema = z
  .object({
    key: statementKey,
    text: z.string().min(10).max(300),
    /** Only for these audiences; left out: for everyone. */
    audiences: z.array(audienceKey).min(1).optional(),
  })
  .strict();
const assessmentAreaSchema = z
  .object({
    key: assessmentAreaKey,
    title: z.string().min(3).max(120),
    description: z.string().min(10).max(600),
    /** Recommended when the area is among the person's lowest. */
    courses: z.array(slugSchema).max(4),
    guides: z.array(slugSchema).max(6),
    statements: z.array(assessmentStatementSchema).min(2).max(8),
  })
  .strict();

export const selfAssessmentFrontmatterSchema = z
  .object({
    title: z.string().min(3).max(120),
    version: z.number().int().min(1),
    levels: z.array(levelSchema).length(4),
    areas: z.array(assessmentAreaSchema).length(assessmentAreaKeys.length),
    updated: isoDate,
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.levels.some((l, i) => l.score !== i + 1))
      ctx.addIssue({
        code: 'custom',
        path: ['levels'],
        message: 'Nivåerna ska ha poängen 1, 2, 3 och 4 i den ordningen.',
      });
    if (new Set(q.areas.map((a) => a.key)).size !== q.areas.length)
      ctx.addIssue({ code: 'custom', path: ['areas'], message: 'Varje område ska finnas en gång.' });
    const keys = q.areas.flatMap((a) => a.statements.map((s) => s.key));
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({ code: 'custom', path: ['areas'], message: 'Två påståenden har samma nyckel.' });
    for (const [i, area] of q.areas.entries())
      for (const audience of audienceKeys)
        if (area.statements.filter((s) => !s.audiences || s.audiences.includes(audience)).length < 2)
          ctx.addIssue({
            code: 'custom',
            path: ['areas', i, 'statements'],
            message: `Området ${area.key} har färre än två påståenden för målgruppen ${audience}.`,
          });
  });
export type SelfAssessmentFrontmatter = z.infer<typeof selfAssessmentFrontmatterSchema>;
