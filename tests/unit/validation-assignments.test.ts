import { describe, expect, it } from 'vitest';
import { addDays, stockholmDay } from '@/lib/dates';
import { assignSchema, parseTeamQuery, reminderSchema, ruleSchema } from '@/lib/validation/assignments';

const today = stockholmDay(new Date());
const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('assignSchema', () => {
  it('accepts a course for chosen people with a due date today and a message', () => {
    const r = assignSchema.safeParse({
      item: 'course:abc',
      target: 'people',
      userIds: ['u1', 'u2'],
      dueDate: today,
      message: '  Välkommen!  ',
    });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      item: { kind: 'course', id: 'abc' },
      message: 'Välkommen!',
      includeSubunits: false,
    });
  });

  it('accepts a path for a unit with subunits, and for an audience, without a due date', () => {
    expect(
      assignSchema.safeParse({ item: 'path:p1', target: 'unit', unitId: 'x', includeSubunits: true, dueDate: '' })
        .success,
    ).toBe(true);
    expect(assignSchema.safeParse({ item: 'path:p1', target: 'audience', audience: 'MANAGER' }).success).toBe(true);
  });

  it('refuses a due date in the past, a malformed date and an unknown item', () => {
    expect(
      errors(
        assignSchema.safeParse({ item: 'course:a', target: 'people', userIds: ['u'], dueDate: addDays(today, -1) }),
      ),
    ).toEqual({
      dueDate: 'Slutdatumet har redan passerat. Välj i dag eller ett senare datum.',
    });
    expect(
      errors(assignSchema.safeParse({ item: 'course:a', target: 'people', userIds: ['u'], dueDate: '2026-02-30' }))
        .dueDate,
    ).toBe('Skriv datumet som åååå-mm-dd.');
    expect(errors(assignSchema.safeParse({ item: 'lesson:a', target: 'people', userIds: ['u'] })).item).toBe(
      'Välj en kurs eller lärväg.',
    );
  });

  it('asks for what the chosen target needs', () => {
    expect(errors(assignSchema.safeParse({ item: 'course:a', target: 'people', userIds: [] })).userIds).toBe(
      'Välj minst en person.',
    );
    expect(errors(assignSchema.safeParse({ item: 'course:a', target: 'unit' })).unitId).toBe('Välj en enhet.');
    expect(errors(assignSchema.safeParse({ item: 'course:a', target: 'audience', audience: 'BOSS' })).audience).toBe(
      'Välj en målgrupp.',
    );
  });

  it('limits the message', () => {
    expect(
      errors(assignSchema.safeParse({ item: 'course:a', target: 'people', userIds: ['u'], message: 'x'.repeat(1001) }))
        .message,
    ).toBe('Meddelandet får vara högst 1 000 tecken.');
  });
});

describe('ruleSchema', () => {
  it('needs a unit or an audience and a sensible number of days', () => {
    expect(ruleSchema.safeParse({ item: 'course:a', audience: 'MANAGER', dueDays: '30' }).data?.dueDays).toBe(30);
    expect(errors(ruleSchema.safeParse({ item: 'course:a', dueDays: '30' })).unitId).toBe(
      'Välj en enhet, en målgrupp eller båda.',
    );
    expect(errors(ruleSchema.safeParse({ item: 'course:a', unitId: 'u', dueDays: '0' })).dueDays).toBe(
      'Skriv minst 1 dag.',
    );
    expect(errors(ruleSchema.safeParse({ item: 'course:a', unitId: 'u', dueDays: '1,5' })).dueDays).toBeDefined();
  });
});

describe('reminderSchema and form reading', () => {
  it('needs at least one person', () => {
    expect(errors(reminderSchema.safeParse({ userIds: [] })).userIds).toBe('Välj minst en person att påminna.');
  });

  it("reads a ticked checkbox ('on') as yes and a missing one as no", () => {
    const unit = { item: 'course:abc', target: 'unit', unitId: 'x' };
    expect(assignSchema.parse({ ...unit, includeSubunits: 'on' }).includeSubunits).toBe(true);
    expect(assignSchema.parse(unit).includeSubunits).toBe(false);
    expect(assignSchema.safeParse({ ...unit, includeSubunits: 'ja' }).success).toBe(false);
  });
});

describe('parseTeamQuery', () => {
  it('reads Swedish parameters and ignores anything unknown', () => {
    expect(
      parseTeamQuery({ enhet: 'u1', malgrupp: 'chef', status: 'forsenad', sortera: 'slutdatum', sida: '2' }),
    ).toEqual({ unitId: 'u1', audience: 'MANAGER', status: 'overdue', sort: 'due', page: 2 });
    expect(parseTeamQuery({ malgrupp: 'kung', status: 'x', sortera: 'y', sida: '-4' })).toEqual({
      unitId: undefined,
      audience: undefined,
      status: undefined,
      sort: 'name',
      page: 1,
    });
  });
});
