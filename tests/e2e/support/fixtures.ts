import { randomBytes, randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { hashPassword } from '../../../lib/auth/password';
import { withDb, isPostgres } from './db';

export type Fixture = { id: string; email: string; password: string; name: string };

type NewPerson = {
  name?: string;
  role?: 'EMPLOYEE' | 'MANAGER' | 'STRATEGIST' | 'ADMIN';
  audience?: 'POLITICIAN' | 'MANAGER' | 'STRATEGIST' | 'EMPLOYEE';
  /** Name of a unit in the demo municipality. */
  unit?: string;
  organisation?: string;
};

/** A fresh person with a password, so a spec that changes data never touches the demo accounts. */
export async function createPerson(person: NewPerson = {}): Promise<Fixture> {
  const id = randomUUID();
  const tag = randomBytes(4).toString('hex');
  const email = `e2e-${tag}@${person.organisation === 'norrvik' ? 'norrvik' : 'sjostad'}.se`;
  const password = `Test-${tag}-lösen`;
  const name = person.name ?? `Testperson ${tag}`;
  const passwordHash = await hashPassword(password);
  await withDb(async (db) => {
    const p = (n: number) => (isPostgres ? `$${n}` : '?');
    const [org] = await db.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = ${p(1)}`, [
      person.organisation ?? 'sjostad',
    ]);
    const unit = person.unit
      ? (
          await db.query<{ id: string }>(
            `SELECT id FROM "OrgUnit" WHERE name = ${p(1)} AND "organisationId" = ${p(2)}`,
            [person.unit, org!.id],
          )
        )[0]
      : undefined;
    const now = new Date().toISOString();
    await db.query(
      `INSERT INTO "User" (id, "organisationId", "unitId", name, email, "passwordHash", role, audience, active, "joinedAt", "createdAt", "updatedAt")
       VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(p).join(', ')})`,
      [
        id,
        org!.id,
        unit?.id ?? null,
        name,
        email,
        passwordHash,
        person.role ?? 'EMPLOYEE',
        person.audience ?? 'EMPLOYEE',
        isPostgres ? true : 1,
        now,
        now,
        now,
      ],
    );
  });
  return { id, email, password, name };
}

export async function signIn(page: Page, who: { email: string; password: string; name: string }) {
  await page.goto('/logga-in');
  const form = page.getByRole('region', { name: 'Med e-post och lösenord' });
  await form.getByLabel('E-postadress').fill(who.email);
  await form.getByLabel('Lösenord').fill(who.password);
  await form.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(who.name);
}
