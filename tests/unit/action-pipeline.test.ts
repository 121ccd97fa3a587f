// The one Server Action pipeline (lib/actions/action.ts): guard → form → zod → run → revalidate →
// state. Each step's refusal must stop the steps after it, keep what was typed, and say why with
// a code; an unexpected error is logged once and never reaches the person as it is.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { conflict, forbidden, GENERIC_ERROR } from '@/lib/errors';
import { flag } from '@/lib/validation/form';

const { revalidatePath, logError } = vi.hoisted(() => ({ revalidatePath: vi.fn(), logError: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath }));
vi.mock('@/lib/log', () => ({ requestLogger: async () => ({ error: logError }) }));

const { action, readForm, anyone } = await import('@/lib/actions/action');
const { idle } = await import('@/lib/actions/state');

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
};

const schema = z.object({ name: z.string().trim().min(1, 'Skriv ett namn.'), tags: z.array(z.string()).default([]) });
const viewer = { id: 'u1' };

beforeEach(() => {
  revalidatePath.mockClear();
  logError.mockClear();
});

describe('readForm', () => {
  it('reads text fields, joins repeated ones and leaves out React’s action fields and files', () => {
    const data = form({ name: 'Ada', tags: ['a', 'b'], $ACTION_ID_123: '', '$ACTION_1:0': '{}' });
    data.append('file', new File(['x'], 'x.csv'));
    expect(readForm(data)).toEqual({ name: 'Ada', tags: 'a,b' });
  });
});

describe('action', () => {
  it('refuses without running when the guard refuses, and keeps what was typed', async () => {
    const run = vi.fn();
    const save = action({ guard: async () => Promise.reject(forbidden()), schema, run, revalidate: ['/x'] });
    expect(await save(idle, form({ name: 'Ada' }))).toMatchObject({
      status: 'error',
      code: 'FORBIDDEN',
      message: 'Du har inte behörighet till det här.',
      values: { name: 'Ada' },
    });
    expect(run).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('gives field errors and the typed values back when the schema refuses, without running', async () => {
    const run = vi.fn();
    const save = action({ guard: async () => viewer, schema, run, invalid: 'Inget sparades.' });
    expect(await save(idle, form({ name: '  ', other: 'kvar' }))).toEqual({
      status: 'error',
      code: 'VALIDATION',
      message: 'Inget sparades.',
      fieldErrors: { name: ['Skriv ett namn.'] },
      values: { name: '  ', other: 'kvar' },
      nonce: 1,
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('never sends a secret field back, also not when the schema or the run refuses', async () => {
    const run = vi.fn(async () => Promise.reject(conflict('Upptaget.')));
    const save = action({ guard: async () => viewer, schema, run, secret: ['password'] });
    const refusedBySchema = await save(idle, form({ name: '', password: 'hemligt' }));
    expect(refusedBySchema.values).toEqual({ name: '', password: '' });
    const refusedByRun = await save(idle, form({ name: 'Ada', password: 'hemligt' }));
    expect(refusedByRun).toMatchObject({ status: 'error', message: 'Upptaget.' });
    expect(refusedByRun.values).toEqual({ name: 'Ada', password: '' });
  });

  it('passes repeated fields as arrays and a ticked checkbox as yes to the schema', async () => {
    const run = vi.fn(async (data: unknown) => data);
    const save = action({
      guard: async () => viewer,
      schema: schema.extend({ notify: flag, quiet: flag }),
      arrays: ['tags'],
      run,
    });
    await save(idle, form({ name: 'Ada', tags: ['a'], notify: 'on' }));
    expect(run).toHaveBeenCalledWith(
      { name: 'Ada', tags: ['a'], notify: true, quiet: false },
      expect.objectContaining({ viewer }),
    );
  });

  it('runs with the parsed data and the viewer, revalidates and answers', async () => {
    const run = vi.fn(async (data: z.output<typeof schema>, { viewer }: { viewer: { id: string } }) => ({
      who: `${viewer.id}:${data.name}`,
    }));
    const save = action({
      guard: async () => viewer,
      schema,
      run,
      revalidate: ['/chef', ['/admin', 'layout'], ['/(public)/vagledning/[slug]', 'page']],
      success: ({ who }) => `Sparat av ${who}.`,
    });
    const first = await save(idle, form({ name: ' Ada ' }));
    expect(first).toEqual({ status: 'success', message: 'Sparat av u1:Ada.', nonce: 1 });
    // Once per language (app/[locale]); a route's pattern once, for every language.
    expect(revalidatePath.mock.calls).toEqual([
      ['/sv/chef'],
      ['/en/chef'],
      ['/[locale]/admin', 'layout'],
      ['/[locale]/(public)/vagledning/[slug]', 'page'],
    ]);
    // Each answer is new, so a form keyed on the nonce shows it afresh.
    expect((await save(first, form({ name: 'Bo' }))).nonce).toBe(2);
  });

  it('gives an expected error’s message and code, beside its field when it belongs to one', async () => {
    const taken = () => Promise.reject(conflict('Adressen används redan.', 'EMAIL_TAKEN'));
    const plain = action({ guard: async () => viewer, schema, run: taken, revalidate: ['/x'] });
    expect(await plain(idle, form({ name: 'Ada' }))).toMatchObject({
      status: 'error',
      code: 'EMAIL_TAKEN',
      message: 'Adressen används redan.',
      values: { name: 'Ada' },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
    const beside = action({ guard: async () => viewer, schema, run: taken, fieldFor: { EMAIL_TAKEN: 'email' } });
    expect(await beside(idle, form({ name: 'Ada' }))).toMatchObject({
      message: 'Rätta de markerade fälten.',
      fieldErrors: { email: ['Adressen används redan.'] },
    });
  });

  it('lets the action add to an expected error, knowing the viewer and the values', async () => {
    const save = action({
      guard: async () => viewer,
      schema,
      run: () => Promise.reject(conflict('Någon hann före.', 'STALE_VERSION')),
      onError: async (error, context) =>
        error.code === 'STALE_VERSION' ? { data: { by: context.viewer.id, mine: context.values.name } } : undefined,
    });
    expect(await save(idle, form({ name: 'Ada' }))).toMatchObject({
      code: 'STALE_VERSION',
      message: 'Någon hann före.',
      data: { by: 'u1', mine: 'Ada' },
    });
  });

  it('logs an unexpected error once and shows only the generic message', async () => {
    const boom = new Error('SQLITE_BUSY: database is locked at /srv/data/app.db');
    const save = action({ guard: anyone, schema, run: () => Promise.reject(boom), revalidate: ['/x'] });
    const state = await save(idle, form({ name: 'Ada' }));
    expect(state).toEqual({ status: 'error', message: GENERIC_ERROR, values: { name: 'Ada' }, nonce: 1 });
    expect(JSON.stringify(state)).not.toContain('SQLITE');
    expect(logError).toHaveBeenCalledTimes(1);
    expect(logError).toHaveBeenCalledWith({ err: boom }, 'unexpected error in server action');
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('revalidates, then redirects when the action names where to go', async () => {
    const save = action({
      guard: async () => viewer,
      schema,
      run: async () => ({ id: 'p1' }),
      revalidate: ['/admin'],
      redirect: ({ id }) => `/admin/personer/${id}`,
      // Written for the forms that stay on the page: a redirect never reaches it (a new guide page
      // has no saved result to describe).
      success: () => {
        throw new Error('success after a redirect');
      },
    });
    await expect(save(idle, form({ name: 'Ada' }))).rejects.toMatchObject({
      digest: expect.stringContaining('/admin/personer/p1'),
    });
    expect(revalidatePath).toHaveBeenCalledWith('/sv/admin');
    expect(revalidatePath).toHaveBeenCalledWith('/en/admin');
    expect(logError).not.toHaveBeenCalled();
  });
});
