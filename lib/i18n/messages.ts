import 'server-only';
import { cookies, headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { LOCALE_COOKIE, defaultLocale, isLocale, negotiateLocale, type Locale } from './config';
import { messages, translator, type Messages } from './index';
import { messagesEn } from './messages-en';

// The server's fixed messages (validation, expected errors, action answers) are written in Swedish
// where they are thrown. The action pipeline hands them to the reader in their language: by their
// exact text, from lib/i18n/messages-en.ts; messages built with values come from the catalogues.

/** The reader's language in a Server Action or route; Swedish outside a request (scripts, tests). */
export async function readerLocale(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

/** The catalogue's translator in the reader's language, for messages built on the server with values. */
export async function readerTranslator() {
  return translator(await readerLocale());
}

/**
 * The language a request asks for by its cookie and Accept-Language, as the proxy chooses a page's:
 * for routes outside the pages (next-auth's), which get no language from the proxy. Swedish
 * outside a request.
 */
export async function askedLocale(): Promise<Locale> {
  try {
    const [jar, head] = await Promise.all([cookies(), headers()]);
    return negotiateLocale({ cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: head.get('accept-language') });
  } catch {
    return defaultLocale;
  }
}

const byLocale: Record<Locale, Readonly<Record<string, string>>> = { sv: {}, en: messagesEn };

/** A fixed Swedish message in the reader's language, or as it is when it has no translation. */
export function inLanguage(message: string, locale: Locale): string {
  return Object.hasOwn(byLocale[locale], message) ? byLocale[locale][message]! : message;
}

/** A server message that names a value (lib/i18n/sv.ts, `serverMessages`). */
export type ServerMessage = keyof Messages['serverMessages'];
type Values = Record<string, string | number>;

/** A server message that names a value, in the reader's language (Swedish outside a request). */
export async function serverMessage(key: ServerMessage, values: Values): Promise<string> {
  return (await readerTranslator())(`serverMessages.${key}`, values);
}

/**
 * A zod issue's message in the reader's language. A refinement whose message names a value gives
 * its key under `serverMessages` and the values as the issue's params (`{ serverMessage, values }`),
 * with a fixed message as its fallback; any other message is a fixed one, translated by its text.
 */
export function issueIn(issue: { message: string; params?: unknown }, locale: Locale): string {
  const params = (issue.params ?? {}) as { serverMessage?: unknown; values?: unknown };
  const key = params.serverMessage;
  if (typeof key === 'string' && Object.hasOwn(messages(locale).serverMessages, key)) {
    return translator(locale)(`serverMessages.${key as ServerMessage}`, (params.values ?? {}) as Values);
  }
  return inLanguage(issue.message, locale);
}

type Said = { message?: string; fieldErrors?: Record<string, string[] | undefined> };

/** An action's answer with its message and field errors in the reader's language. */
export function answerIn<T extends Said>(answer: T, locale: Locale): T {
  if (locale === defaultLocale) return answer;
  const fieldErrors = answer.fieldErrors
    ? Object.fromEntries(
        Object.entries(answer.fieldErrors).map(([field, errors]) => [field, errors?.map((e) => inLanguage(e, locale))]),
      )
    : undefined;
  return {
    ...answer,
    ...(answer.message === undefined ? {} : { message: inLanguage(answer.message, locale) }),
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}
