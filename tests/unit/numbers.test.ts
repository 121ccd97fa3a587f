import { describe, expect, it } from 'vitest';
import { formatCount } from '@/lib/numbers';

describe('formatCount', () => {
  it('groups thousands with a non-breaking space, as Swedish readers write large counts', () => {
    expect(formatCount(196501)).toBe('196\u00a0501');
    expect(formatCount(1000000)).toBe('1\u00a0000\u00a0000');
  });

  it('leaves small counts as they are', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
  });
});
