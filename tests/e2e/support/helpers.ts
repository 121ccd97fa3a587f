import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mailCatcher } from '../../../playwright.config';

/**
 * Runs axe with the WCAG 2.1 A and AA rules and fails on any violation; then checks that the page
 * fits a 390 px wide phone without sideways scrolling (WCAG 1.4.10, reflow), naming what sticks out.
 */
export async function expectNoAxeViolations(page: Page) {
  // After a Server Action's answer Next re-renders the page's metadata; axe reads the settled page
  // (a page that never gets a title still fails here).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
  await expectNoSidewaysScroll(page);
}

const PHONE_WIDTH = 390;

export async function expectNoSidewaysScroll(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: PHONE_WIDTH, height: size?.height ?? 800 });
  // Elements that reach past the right edge, outside any box that scrolls on its own (wide tables do).
  const sticking = await page.evaluate((width) => {
    if (document.documentElement.scrollWidth <= width) return [];
    const scrollsItself = (e: Element | null): boolean =>
      !!e && (['auto', 'scroll'].includes(getComputedStyle(e).overflowX) || scrollsItself(e.parentElement));
    // The outermost elements wider than their parent are the causes; their children follow them.
    const named = [...document.body.querySelectorAll('*')]
      .filter((e) => {
        const parent = e.parentElement;
        if (!parent || scrollsItself(parent)) return false;
        const box = e.getBoundingClientRect();
        return box.right > width + 1 && box.width > parent.clientWidth + 1;
      })
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}: ${(e.textContent ?? '').trim().slice(0, 60)}`);
    return [`the page is ${document.documentElement.scrollWidth} px wide`, ...named];
  }, PHONE_WIDTH);
  if (size) await page.setViewportSize(size);
  expect(sticking, `sticks out at ${PHONE_WIDTH} px`).toEqual([]);
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
