import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { magicLinkSchema, signInSchema } from '@/lib/validation/auth';

describe('signInSchema', () => {
  it('accepts and normalises a good sign-in', () => {
    expect(signInSchema.parse({ email: '  Chef@Sjostad.SE ', password: 'x' })).toEqual({
      email: 'chef@sjostad.se',
      password: 'x',
    });
  });

  it.each([
    [{ email: 'inte-en-adress', password: 'x' }, 'email', 'Skriv en giltig e-postadress, till exempel namn@kommun.se.'],
    [{ email: 'a@b.se', password: '' }, 'password', 'Skriv ditt lösenord.'],
    [{ password: 'x' }, 'email', 'Skriv din e-postadress.'],
    [{ email: `${'a'.repeat(250)}@b.se`, password: 'x' }, 'email', 'E-postadressen är för lång.'],
    [{ email: 'a@b.se', password: 'x'.repeat(201) }, 'password', 'Lösenordet är för långt.'],
  ])('refuses %o with a Swedish message on %s', (input, field, message) => {
    const result = signInSchema.safeParse(input);
    expect(result.success).toBe(false);
    const errors = z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>;
    expect(errors[field]?.[0]).toBe(message);
  });
});

describe('magicLinkSchema', () => {
  it('accepts an address and refuses junk', () => {
    expect(magicLinkSchema.safeParse({ email: 'politiker@sjostad.se' }).success).toBe(true);
    expect(magicLinkSchema.safeParse({ email: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('learning input', () => {
  it('refuses a reflection over the length limit, and an empty one', async () => {
    const { reflectionSchema } = await import('@/lib/validation/learning');
    const ref = { courseId: 'c', lessonId: 'l', courseSlug: 'k', lessonSlug: 'x' };
    expect(reflectionSchema.safeParse({ ...ref, text: 'Mitt svar' }).success).toBe(true);
    const long = reflectionSchema.safeParse({ ...ref, text: 'å'.repeat(5001) });
    expect(long.success).toBe(false);
    expect(long.error!.issues[0]!.message).toBe('Svaret får vara högst 5 000 tecken.');
    expect(reflectionSchema.safeParse({ ...ref, text: '   ' }).error!.issues[0]!.message).toBe(
      'Skriv ditt svar innan du sparar.',
    );
  });
});
