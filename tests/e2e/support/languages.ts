import { expect, type Page } from '@playwright/test';
import { messages } from '../../../lib/i18n';
import { messagesEn } from '../../../lib/i18n/messages-en';

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));

// Swedish catalogue messages that differ from their English ones, without their ICU arguments, and
// the server's fixed Swedish messages: the parts that can be looked for in a page's text.
const english = new Set(strings(messages('en') as unknown as Tree));
const swedishOnly = [...strings(messages('sv') as unknown as Tree), ...Object.keys(messagesEn)]
  .filter((text) => !english.has(text))
  .flatMap((text) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 8);

/**
 * The page is drawn in English: `<html lang="en">`, and no Swedish message of the catalogue shows
 * outside passages marked `lang="sv"` (Swedish content, which keeps its own language), other than
 * the `data` the page shows (the organisation's unit names).
 */
export async function expectEnglishPage(page: Page, { data = [] }: { data?: readonly string[] } = {}) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang]:not([lang="en"]), script, style').forEach((element) => element.remove());
    return copy.innerText || copy.textContent || '';
  });
  // `data`: words that are also the organisation's own names on the page (a unit called
  // "Kommunikation"), which are data, not messages, and keep the organisation's language.
  expect(swedishOnly.filter((part) => text.includes(part) && !data.includes(part))).toEqual([]);
}

/** Signs in on the English sign-in page (the browser asks for English). */
export async function signInInEnglish(page: Page, who: { email: string; password: string; name: string }) {
  await page.goto('/logga-in');
  const form = page.getByRole('region', { name: 'With email and password' });
  await form.getByLabel('Email address').fill(who.email);
  await form.getByLabel('Password').fill(who.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(who.name);
}
