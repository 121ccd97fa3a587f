import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  endOfStockholmDay,
  formatDateTime,
  formatDay,
  formatLongDateTime,
  formatShortDay,
  formatTimestamp,
  isDay,
  isoWeek,
  isPastDay,
  startOfStockholmDay,
  stockholmDay,
} from '@/lib/dates';

/** Every day from `from` to `to`, both included. */
const everyDay = (from: string, to: string) =>
  Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));

describe('the Stockholm day at an instant', () => {
  it('turns at midnight Stockholm time, winter and summer', () => {
    expect(stockholmDay(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-15'); // 23:30 CET
    expect(stockholmDay(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16'); // 00:30 CET
    expect(stockholmDay(new Date('2026-07-15T21:30:00Z'))).toBe('2026-07-15'); // 23:30 CEST
    expect(stockholmDay(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16'); // 00:30 CEST
    expect(stockholmDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('stays right on the nights the clocks change', () => {
    expect(stockholmDay(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29'); // 01:59 CET
    expect(stockholmDay(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-29'); // 23:30 CEST
    expect(stockholmDay(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(stockholmDay(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25'); // 00:30 CEST
    expect(stockholmDay(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25'); // 23:30 CET
    expect(stockholmDay(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-26');
  });
});

describe('storing a day', () => {
  it('stores a day as its last millisecond in Stockholm, winter and summer', () => {
    expect(endOfStockholmDay('2026-12-31').toISOString()).toBe('2026-12-31T22:59:59.999Z');
    expect(endOfStockholmDay('2026-07-01').toISOString()).toBe('2026-07-01T21:59:59.999Z');
  });

  it('uses the offset of the evening on the days the clocks change', () => {
    expect(endOfStockholmDay('2026-03-28').toISOString()).toBe('2026-03-28T22:59:59.999Z');
    expect(endOfStockholmDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfStockholmDay('2026-10-24').toISOString()).toBe('2026-10-24T21:59:59.999Z');
    expect(endOfStockholmDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z');
    expect(startOfStockholmDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfStockholmDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfStockholmDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('reads every stored day of two years back as the same day, and one millisecond later as the next', () => {
    for (const day of everyDay('2026-01-01', '2027-12-31')) {
      const stored = endOfStockholmDay(day);
      expect(stockholmDay(stored)).toBe(day);
      expect(stockholmDay(new Date(stored.getTime() + 1))).toBe(addDays(day, 1));
      expect(startOfStockholmDay(addDays(day, 1)).getTime()).toBe(stored.getTime() + 1);
    }
  });

  it('reads a day stored the old way (00:00 UTC) as the same day', () => {
    for (const day of ['2026-01-15', '2026-03-29', '2026-07-15', '2026-10-25'])
      expect(stockholmDay(new Date(`${day}T00:00:00Z`))).toBe(day);
  });

  it('calls a day past only when the whole day has passed in Stockholm', () => {
    const lateEvening = new Date('2026-11-30T22:30:00Z'); // 23:30 in Stockholm, 30 November
    expect(isPastDay('2026-11-30', lateEvening)).toBe(false);
    expect(isPastDay('2026-11-29', lateEvening)).toBe(true);
    expect(isPastDay('2026-12-01', new Date('2026-11-30T23:30:00Z'))).toBe(false);
    expect(isPastDay('2026-11-30', new Date('2026-11-30T23:30:00Z'))).toBe(true);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and the clock changes', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-26', -2)).toBe('2026-10-24');
  });

  it('adds years, turning 29 February into 28 February', () => {
    expect(addYears('2025-03-18', 2)).toBe('2027-03-18');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('counts whole days between days, across a clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });

  it('numbers ISO weeks, including the week that starts in the previous year', () => {
    expect(isoWeek(new Date('2026-11-30T08:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2027-01-01T08:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2025-12-29T08:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2026-12-06T23:30:00Z'))).toBe('2026-W50'); // already Monday in Stockholm
  });
});

describe('reading a day someone typed', () => {
  it('accepts only real dates written yyyy-mm-dd', () => {
    for (const good of ['2026-12-31', '2028-02-29', '2026-03-29']) expect(isDay(good)).toBe(true);
    const bad = ['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '31/12/2026', '2026-1-5', ' 2026-01-05'];
    for (const value of [...bad, '', 'igår', '2026-12-31T10:00', '20261231']) expect(isDay(value)).toBe(false);
  });
});

describe('formatting', () => {
  it('writes a day as Swedes do, whether it is a day or an instant', () => {
    expect(formatDay('2026-03-03')).toBe('3 mars 2026');
    expect(formatDay('2026-10-25')).toBe('25 oktober 2026');
    expect(formatDay(endOfStockholmDay('2026-12-31'))).toBe('31 december 2026');
    expect(formatDay(new Date('2026-03-03T23:30:00Z'))).toBe('4 mars 2026'); // 00:30 in Stockholm
    expect(formatShortDay(endOfStockholmDay('2026-12-31'))).toBe('31 dec. 2026');
    expect(formatShortDay(new Date('2026-07-15T22:30:00Z'))).toBe('16 juli 2026');
  });

  it('writes times in Stockholm time, summer and winter', () => {
    expect(formatDateTime(new Date('2026-12-03T12:05:00Z'))).toBe('3 dec. 2026 13:05');
    expect(formatDateTime(new Date('2026-07-01T12:05:00Z'))).toBe('1 juli 2026 14:05');
    expect(formatLongDateTime(new Date('2026-12-03T12:05:00Z'))).toBe('3 december 2026 kl. 13:05');
    expect(formatTimestamp(new Date('2026-10-25T22:30:09Z'))).toBe('2026-10-25 23:30:09');
  });
});
