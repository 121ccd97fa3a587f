// Counts read as Swedish: "1 regel gäller nu", not "1 regler gäller nu".
import { describe, expect, it } from 'vitest';
import { counted } from '@/lib/counted';

describe('a count with its noun', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(counted(1, 'regel', 'regler')).toBe('1 regel');
    expect(counted(0, 'regel', 'regler')).toBe('0 regler');
    expect(counted(2, 'lektion', 'lektioner')).toBe('2 lektioner');
    expect(counted(21, 'sida', 'sidor')).toBe('21 sidor');
  });
});
