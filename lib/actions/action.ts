import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { announce } from '@/lib/data/cluster-changes';
import { ExpectedError, GENERIC_ERROR } from '@/lib/errors';
import { locales, type Locale } from '@/lib/i18n/config';
import { answerIn, issueIn, readerLocale } from '@/lib/i18n/messages';
import { requestLogger } from '@/lib/log';
import type { ActionState, FieldErrors, FormValues } from './state';

// The one shape of a Server Action: guard → read the form → zod → run (the data layer) →
// revalidate → state. Expected errors become their Swedish message and code; anything else is
// logged once and the person sees the generic message. What was submitted goes back with every
// refusal, so a form (with or without JavaScript) shows it again.

/** A path to revalidate, or a path with its type ('layout' refreshes everything under it). */
export type Revalidate = string | [path: string, type: 'layout' | 'page'];

/**
 * Revalidates in this instance only; the other instances hear of it (app/api/intern/andringar).
 * A page is kept once per language (app/[locale]), so each address is revalidated in every
 * language; a route's file pattern is written without the language, which is added here.
 */
export function revalidateHere(paths: readonly Revalidate[]): void {
  for (const path of paths) {
    const [address, type] = typeof path === 'string' ? [path, undefined] : path;
    // Everything, in every language.
    if (address === '/' && type === 'layout') revalidatePath('/', 'layout');
    // A route's file pattern ('/(public)/vagledning/[slug]'), or everything under a layout, is
    // written as Next tags cached pages: under the [locale] segment, which covers every language.
    else if (address.includes('[') || type === 'layout') revalidatePath(`/[locale]${address}`, type);
    else for (const locale of locales) revalidatePath(`/${locale}${address === '/' ? '' : address}`);
  }
}

type Context<G, V> = { viewer: G; values: V; form: FormData };
type Answer<D, V> = string | Partial<Omit<ActionState<D, V>, 'nonce'>>;
type Invalid = string | ((error: z.ZodError) => string | undefined);
type ByField = (error: z.ZodError, locale: Locale) => FieldErrors;

export type ActionOptions<G, S extends z.ZodType, R, D, V> = {
  /** Who may run it: a guard that throws an ExpectedError (`authorize('perm')`, `anyone`, ...). */
  guard: () => Promise<G>;
  schema: S;
  /** Fields sent several times (checkbox groups): the schema gets them as arrays, even if none is sent. */
  arrays?: readonly string[];
  /** The schema's input when it is not the form's fields as sent (a JSON payload, numbered fields). */
  input?: (values: V) => unknown;
  /** The message above the field errors when the schema refuses. */
  invalid?: Invalid;
  /**
   * Field errors other than by top-level field (the course editor's nested draft, by whole path),
   * or written in the reader's language (a plan's rows, named in it).
   */
  fieldErrors?: ByField;
  run: (data: z.output<S>, context: Context<G, V>) => Promise<R>;
  revalidate?: readonly Revalidate[] | ((result: R, data: z.output<S>) => readonly Revalidate[]);
  /** Where to go afterwards (nothing is returned then); undefined stays on the page. */
  redirect?: (result: R, data: z.output<S>) => string | undefined;
  /** The answer; a function may be async (a message in the reader's language, `getTranslations`). */
  success?:
    Answer<D, V> | ((result: R, data: z.output<S>, context: Context<G, V>) => Answer<D, V> | Promise<Answer<D, V>>);
  /** Expected errors that belong beside a field, e.g. `{ EMAIL_TAKEN: 'email' }`. */
  fieldFor?: Partial<Record<ExpectedError['code'], string>>;
  /** More to say after an expected error (what the other person saved, after a conflict). */
  onError?: (error: ExpectedError, context: Context<G, V>) => Promise<Partial<ActionState<D, V>> | undefined>;
  /** Only for forms whose fields repeat in groups (the guide's sources); all others use readForm. */
  read?: (form: FormData) => V;
  /** Fields never sent back to the page (a client secret): the form shows them empty again. */
  secret?: readonly string[];
};

const FIX_FIELDS = 'Rätta de markerade fälten.';

/** For the few actions anyone may run (a signed link stands in for the sign-in). */
export const anyone = async (): Promise<null> => null;

/**
 * The one FormData reader: every text field by name (a field sent several times is joined with
 * commas), without React's `$ACTION_*` fields and files. A checkbox arrives as 'on' or not at all;
 * the schema turns it into a boolean.
 */
export function readForm(form: FormData): FormValues {
  const values: FormValues = {};
  for (const name of new Set(form.keys())) {
    if (name.startsWith('$ACTION')) continue;
    const texts = form.getAll(name).filter((v): v is string => typeof v === 'string');
    if (texts.length > 0) values[name] = texts.join(',');
  }
  return values;
}

function schemaInput(form: FormData, values: object, arrays: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = { ...values };
  for (const name of arrays) input[name] = form.getAll(name).filter((v) => typeof v === 'string');
  return input;
}

export function action<G, S extends z.ZodType, R, D = never, V extends object = FormValues>(
  options: ActionOptions<G, S, R, D, V>,
) {
  const run = answer(options);
  // Swedish where it is written; the reader gets it in their language (lib/i18n/messages.ts).
  return async (previous: ActionState<D, V>, form: FormData): Promise<ActionState<D, V>> =>
    answerIn(await run(previous, form), await readerLocale());
}

function answer<G, S extends z.ZodType, R, D, V extends object>(options: ActionOptions<G, S, R, D, V>) {
  return async (previous: ActionState<D, V>, form: FormData): Promise<ActionState<D, V>> => {
    const nonce = (previous?.nonce ?? 0) + 1;
    const values = options.read ? options.read(form) : (readForm(form) as unknown as V);
    const shown = options.secret
      ? ({ ...values, ...Object.fromEntries(options.secret.map((f) => [f, ''])) } as V)
      : values;
    let context: Context<G, V> | undefined;
    let answer: ActionState<D, V>;
    let goTo: string | undefined;
    try {
      context = { viewer: await options.guard(), values, form };
      const parsed = options.schema.safeParse(
        options.input ? options.input(values) : schemaInput(form, values, options.arrays ?? []),
      );
      if (!parsed.success) return { ...refused(parsed.error, options, await readerLocale()), values: shown, nonce };
      const result = await options.run(parsed.data, context);
      const paths =
        typeof options.revalidate === 'function' ? options.revalidate(result, parsed.data) : options.revalidate;
      revalidateHere(paths ?? []);
      // The other app instances' cached pages too (lib/cluster; nothing on SQLite).
      if (paths?.length) announce({ kind: 'pages', paths: [...paths] });
      goTo = options.redirect?.(result, parsed.data);
      // A redirect is the answer: the success message belongs to the forms that stay on the page.
      const said = goTo
        ? undefined
        : typeof options.success === 'function'
          ? await options.success(result, parsed.data, context)
          : options.success;
      answer = { status: 'success', ...(typeof said === 'string' ? { message: said } : said), nonce };
    } catch (error) {
      unstable_rethrow(error);
      return failed(error, options, { values: shown, nonce, context });
    }
    if (goTo) redirect(goTo);
    return answer;
  };
}

function refused(
  error: z.ZodError,
  { invalid, fieldErrors: byField }: { invalid?: Invalid; fieldErrors?: ByField },
  locale: Locale,
) {
  const message = (typeof invalid === 'function' ? invalid(error) : invalid) ?? FIX_FIELDS;
  // A message that names a value is made in the reader's language here (its params name it); the
  // fixed ones are translated by answerIn.
  const fieldErrors: FieldErrors = byField
    ? byField(error, locale)
    : z.flattenError(error, (issue) => issueIn(issue, locale)).fieldErrors;
  return { status: 'error' as const, code: 'VALIDATION' as const, message, fieldErrors };
}

async function failed<G, S extends z.ZodType, R, D, V>(
  error: unknown,
  options: ActionOptions<G, S, R, D, V>,
  { values, nonce, context }: { values: V; nonce: number; context?: Context<G, V> },
): Promise<ActionState<D, V>> {
  const unexpected = async (err: unknown): Promise<ActionState<D, V>> => {
    (await requestLogger()).error({ err }, 'unexpected error in server action');
    return { status: 'error', message: GENERIC_ERROR, values, nonce };
  };
  if (!(error instanceof ExpectedError)) return unexpected(error);
  const field = options.fieldFor?.[error.code];
  const said = field ? { message: FIX_FIELDS, fieldErrors: { [field]: [error.message] } } : { message: error.message };
  const state: ActionState<D, V> = { status: 'error', code: error.code, ...said, values, nonce };
  // Only after the guard let the person through: a refusal has nothing more to say.
  if (!context || !options.onError) return state;
  try {
    return { ...state, ...(await options.onError(error, context)) };
  } catch (err) {
    return unexpected(err);
  }
}
