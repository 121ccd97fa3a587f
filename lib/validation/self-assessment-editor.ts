import { z } from './zod';
import { assessmentAreaKey, audienceKeys, selfAssessmentFrontmatterSchema, slugSchema } from './content';
import { choices, versionSchema } from './form';

// The forms of the questionnaire editor (/redaktion/sjalvskattning), one per part. Each field is
// checked with the content schema's own rule for it, so a message lands beside its field; the
// whole questionnaire is checked again with selfAssessmentFrontmatterSchema before it is saved.

const shape = selfAssessmentFrontmatterSchema.shape;
const level = shape.levels.element.shape;
const area = shape.areas.element.shape;
const statement = area.statements.element.shape;

/** Trimmed; an empty field gets its own message, then the content schema's rule decides. */
const text = (rule: z.ZodString, empty: string) => z.string({ error: empty }).trim().min(1, empty).pipe(rule);

const label = text(level.label, 'Skriv en benämning av nivån.');
const description = text(level.description, 'Beskriv nivån.');

export const levelsFormSchema = z.object({
  version: versionSchema,
  label1: label,
  description1: description,
  label2: label,
  description2: description,
  label3: label,
  description3: description,
  label4: label,
  description4: description,
});
export type LevelsForm = z.infer<typeof levelsFormSchema>;

const unique = (values: string[]) => new Set(values).size === values.length;

export const areaFormSchema = z.object({
  version: versionSchema,
  area: assessmentAreaKey,
  title: text(area.title, 'Skriv en rubrik.'),
  description: text(area.description, 'Beskriv området.'),
  courses: z.array(slugSchema).max(4, 'Välj högst fyra kurser.').refine(unique, 'Välj varje kurs en gång.'),
  guides: z.array(slugSchema).max(6, 'Välj högst sex sidor.').refine(unique, 'Välj varje sida en gång.'),
});

export const statementFormSchema = z.object({
  version: versionSchema,
  area: assessmentAreaKey,
  /** Empty for a new statement; an existing one is found by its key, which never changes. */
  key: z.union([z.literal(''), statement.key]).default(''),
  text: text(statement.text, 'Skriv påståendet.'),
  audiences: choices(audienceKeys, {
    required: 'Välj minst en målgrupp.',
    unknown: 'Välj bland de fyra målgrupperna.',
  }),
});

export const statementRemoveSchema = z.object({ version: versionSchema, key: statement.key });
