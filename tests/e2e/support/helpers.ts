import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mailCatcher } from '../../../playwright.config';

/** Runs axe with the WCAG 2.1 A and AA rules and fails on any violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

export type CaughtMail = { to: string[]; subject: string; text: string };

/** Waits for a mail to `to` caught by the local SMTP server. */
export async function waitForMail(to: string, match: RegExp = /./): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        // A kept-alive connection the catcher closed while a test ran a slow step fails once
        // ("other side closed"); the next poll opens a new one.
        const res = await fetch(`http://127.0.0.1:${mailCatcher.httpPort}/mails?to=${encodeURIComponent(to)}`).catch(
          () => null,
        );
        if (!res) return false;
        const mails = (await res.json()) as CaughtMail[];
        found = mails.reverse().find((m) => match.test(m.subject));
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** Waits until the header knows whether someone is signed in (the session loads on the client). */
export async function waitForSession(page: Page) {
  await expect(
    page.getByTestId('signed-in-user').or(page.getByRole('link', { name: 'Logga in', exact: true })),
  ).toBeVisible();
}
