// Who may change the questionnaire (issue 17, part 1): only those holding 'content:edit' in the
// host organisation. Each refusal comes from the real guard and permission table, through the
// editor's own Server Action, and leaves the questionnaire as it was.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { engine } from '../../support/test-db';
import { seededDb, type Seeded } from '../../support/seeded-db';

const session = vi.hoisted(() => ({ current: null as { identity: { id: string; sessionVersion: number } } | null }));
vi.mock('next-auth', () => ({ getServerSession: async () => session.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

let s: Seeded;
let actions: typeof import('@/lib/actions/self-assessment-editor');
let idle: typeof import('@/lib/actions/state').idle;
let hostId: string;

beforeAll(async () => {
  s = await seededDb();
  hostId = (await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } })).id;
  await (await import('@/prisma/seed/self-assessment')).seedSelfAssessment(s.db as never, hostId);
  actions = await import('@/lib/actions/self-assessment-editor');
  ({ idle } = await import('@/lib/actions/state'));
});

afterAll(() => s?.close());

async function signIn(email: string | null) {
  if (!email) return void (session.current = null);
  const user = await s.db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  session.current = { identity: { id: user.id, sessionVersion: user.sessionVersion } };
}

const versions = () => s.db.selfAssessmentVersion.count({ where: { organisationId: hostId } });

/** A statement form as the browser sends it: grunder-1 reworded, for everyone. */
async function rewordForm() {
  const { version } = await s.db.selfAssessmentVersion.findFirstOrThrow({
    where: { organisationId: hostId },
    orderBy: { version: 'desc' },
  });
  const form = new FormData();
  form.set('version', String(version));
  form.set('area', 'grunder');
  form.set('key', 'grunder-1');
  form.set('text', `Jag kan förklara vad jämställdhet betyder (${version}).`);
  for (const audience of ['politiker', 'chef', 'strateg', 'medarbetare']) form.append('audiences', audience);
  return form;
}

describe(`changing the questionnaire (${engine})`, () => {
  it.each([
    ['nobody signed in', null, 'UNAUTHENTICATED'],
    ['an employee', 'medarbetare@sjostad.se', 'FORBIDDEN'],
    ['a politician', 'politiker@sjostad.se', 'FORBIDDEN'],
    ['a manager', 'chef@sjostad.se', 'FORBIDDEN'],
    ['an administrator of another organisation (content:edit, but not the host)', 'admin@norrvik.se', 'FORBIDDEN'],
  ])('is refused for %s, with nothing saved', async (_, email, code) => {
    await signIn(email);
    const before = await versions();
    const state = await actions.saveStatementAction(idle, await rewordForm());
    expect(state).toMatchObject({ status: 'error', code });
    expect(await versions()).toBe(before);
  });

  it.each([
    ['a strategist', 'strateg@sjostad.se'],
    ['an administrator', 'admin@sjostad.se'],
  ])('is allowed for %s of the host organisation', async (_, email) => {
    await signIn(email);
    const before = await versions();
    const state = await actions.saveStatementAction(idle, await rewordForm());
    expect(state).toMatchObject({
      status: 'success',
      message: `Sparat som version ${before + 1}. Den gäller nu för alla som svarar.`,
    });
    expect(await versions()).toBe(before + 1);
  });

  it('puts a bad field’s message beside it, and saves nothing', async () => {
    await signIn('strateg@sjostad.se');
    const before = await versions();
    const form = await rewordForm();
    form.set('text', 'Kort');
    form.delete('audiences');
    const state = await actions.saveStatementAction(idle, form);
    expect(state).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      fieldErrors: { text: ['Skriv minst 10 tecken.'], audiences: ['Välj minst en målgrupp.'] },
      values: { text: 'Kort', key: 'grunder-1' },
    });
    expect(await versions()).toBe(before);
  });
});
