import { z } from './zod';
import type { Messages } from '@/lib/i18n';

/** A yes/no field: a ticked checkbox sends 'on' (an unticked one nothing), a hidden field 'true' or 'false'. */
export const flag = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

// Control characters (NUL, tab, CR, LF, ...) and the Unicode line and paragraph separators: in a
// name they break CSV exports, e-mail headers, PDFs and the lists that show it on one line.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
export const CONTROL_MESSAGE = 'Texten får inte innehålla radbrytningar eller andra styrtecken.';

type LineOptions = {
  max: number;
  /** The message for an empty field; without it the line may be empty. */
  required?: string;
  /** At least this many characters when required (default 1). */
  min?: number;
  tooLong?: string;
};

/**
 * One line of text (a name, a title): trimmed, no control characters, at most `max` characters.
 * Every form field gives its own written-out `tooLong` (lib/i18n/messages-en.ts has its English);
 * the default is a fallback only.
 */
export function oneLine({ max, required, min = 1, tooLong = `Skriv högst ${max} tecken.` }: LineOptions) {
  const text = z.string({ error: required ?? 'Skriv en text.' }).trim();
  return (required ? text.min(min, required) : text).max(max, tooLong).refine((v) => !CONTROL.test(v), CONTROL_MESSAGE);
}

/**
 * The params of a refinement whose message names a value (a key, a link): the server that reports
 * it writes the message in the reader's language from lib/i18n's `serverMessages` (issueIn in
 * lib/i18n/messages.ts); the issue's own message is a fixed fallback.
 */
export const namingValues = (serverMessage: keyof Messages['serverMessages'], values: Record<string, string>) => ({
  serverMessage,
  values,
});

export const VERSION_MESSAGE = 'Sidan har ett ogiltigt versionsnummer. Ladda om sidan och försök igen.';

/**
 * A version or revision number from a hidden field: digits only. A malformed one is a refusal
 * of its own, not a comparison that fails and reads as "someone else saved".
 */
export const versionSchema = z
  .union(
    [
      z
        .number({ error: VERSION_MESSAGE })
        .int(VERSION_MESSAGE)
        .min(0, VERSION_MESSAGE)
        .max(999_999_999, VERSION_MESSAGE),
      z.string({ error: VERSION_MESSAGE }).regex(/^\d{1,9}$/, VERSION_MESSAGE),
    ],
    { error: VERSION_MESSAGE },
  )
  .transform(Number);

/** The action pipeline's `invalid` for forms whose version travels in a hidden field. */
export const invalidVersion = (error: z.ZodError) =>
  error.issues.some((issue) => issue.path.at(-1) === 'version') ? VERSION_MESSAGE : undefined;

/**
 * The ticked values of a checkbox group, each once: at most as many as there are values to choose
 * from, so a crafted request cannot send thousands of repeats.
 */
export function choices<T extends readonly [string, ...string[]]>(
  values: T,
  { required, unknown }: { required: string; unknown: string },
) {
  return z
    .array(z.enum(values, { error: unknown }), { error: required })
    .min(1, required)
    .max(values.length, 'Välj varje alternativ högst en gång.')
    .refine((picked) => new Set(picked).size === picked.length, 'Välj varje alternativ högst en gång.');
}

// Text is shown as text everywhere, so markup would only ever appear as odd characters; a tag is
// most likely pasted by mistake (or an attempt), and the person is told rather than surprised.
const MARKUP = /<\s*[a-z!/?]/i;
export const MARKUP_MESSAGE = 'Skriv vanlig text utan HTML-taggar (tecknet < följt av en bokstav).';
export const noMarkup = (text: string) => !MARKUP.test(text);
