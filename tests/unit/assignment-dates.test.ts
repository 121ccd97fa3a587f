import { describe, expect, it } from 'vitest';
import { addDays, endOfStockholmDay, isDay, isoWeek, isPastDay, stockholmDay } from '@/lib/assignments/dates';

describe('Stockholm calendar days', () => {
  it('stores a due date as the last millisecond of that day in Stockholm, winter and summer', () => {
    expect(endOfStockholmDay('2026-12-31').toISOString()).toBe('2026-12-31T22:59:59.999Z');
    expect(endOfStockholmDay('2026-07-01').toISOString()).toBe('2026-07-01T21:59:59.999Z');
  });

  it('handles the days the clocks change', () => {
    expect(endOfStockholmDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfStockholmDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });

  it('knows which day it is in Stockholm when UTC is still on the day before', () => {
    expect(stockholmDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(stockholmDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('calls a day past only when the whole day has passed in Stockholm', () => {
    const lateEvening = new Date('2026-11-30T22:30:00Z'); // 23:30 in Stockholm, 30 November
    expect(isPastDay('2026-11-30', lateEvening)).toBe(false);
    expect(isPastDay('2026-11-29', lateEvening)).toBe(true);
    expect(isPastDay('2026-12-01', new Date('2026-11-30T23:30:00Z'))).toBe(false);
    expect(isPastDay('2026-11-30', new Date('2026-11-30T23:30:00Z'))).toBe(true);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('accepts only real dates written yyyy-mm-dd', () => {
    expect(isDay('2026-12-31')).toBe(true);
    for (const bad of ['2026-02-30', '31/12/2026', '2026-1-5', '', 'igår']) expect(isDay(bad)).toBe(false);
  });

  it('numbers ISO weeks, including the week that starts in the previous year', () => {
    expect(isoWeek(new Date('2026-11-30T08:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2027-01-01T08:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2025-12-29T08:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2026-12-06T23:30:00Z'))).toBe('2026-W50'); // already Monday in Stockholm
  });
});
