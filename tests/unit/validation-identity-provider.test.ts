import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { identityProviderSchema, issuerAllowed, MAX_DOMAINS } from '@/lib/validation/identity-provider';

const good = {
  issuer: 'https://login.microsoftonline.com/0b4a-tenant/v2.0/',
  clientId: 'portal-klient',
  clientSecret: '',
  domains: 'Sjostad.se, @skola.sjostad.se  sjostad.se',
  label: 'Logga in med Sjöstads konto',
  enabled: 'on',
};
const errors = (input: object) => {
  const parsed = identityProviderSchema.safeParse({ ...good, ...input });
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe('identityProviderSchema', () => {
  it('accepts an Entra ID tenant and tidies the domains and the issuer', () => {
    expect(identityProviderSchema.parse(good)).toEqual({
      issuer: 'https://login.microsoftonline.com/0b4a-tenant/v2.0',
      clientId: 'portal-klient',
      clientSecret: undefined,
      domains: ['sjostad.se', 'skola.sjostad.se'],
      label: 'Logga in med Sjöstads konto',
      enabled: true,
      createOnFirstSignIn: false,
    });
  });

  it('allows plain http only on this machine (a provider in the tests)', () => {
    expect(errors({ issuer: 'http://127.0.0.1:39111' })).toEqual({});
    expect(errors({ issuer: 'http://idp.sjostad.se' }).issuer?.[0]).toMatch(/https:\/\//);
    expect(errors({ issuer: 'https://user:pw@idp.sjostad.se' }).issuer).toBeDefined();
    expect(errors({ issuer: 'https://idp.sjostad.se/?a=1' }).issuer).toBeDefined();
    expect(errors({ issuer: 'javascript:alert(1)' }).issuer).toBeDefined();
    expect(errors({ issuer: '' }).issuer?.[0]).toBe('Skriv utfärdarens adress.');
  });

  it('refuses domains that are not domains, and too many', () => {
    expect(errors({ domains: '' }).domains?.[0]).toBe('Skriv minst en e-postdomän.');
    expect(errors({ domains: 'sjostad' }).domains?.[0]).toMatch(/till exempel sjostad\.se/);
    expect(errors({ domains: 'anna@sjostad.se' }).domains).toBeDefined();
    const many = Array.from({ length: MAX_DOMAINS + 1 }, (_, i) => `d${i}.se`).join(',');
    expect(errors({ domains: many }).domains?.[0]).toBe(`Högst ${MAX_DOMAINS} domäner får anges.`);
    expect(errors({ domains: 'sjostad.se, Gmail.com' }).domains?.[0]).toMatch(/Allmänna e-posttjänster/);
  });

  it('asks for a client id and a button text, on one line', () => {
    expect(errors({ clientId: ' ' }).clientId?.[0]).toBe('Skriv klient-id (application id).');
    expect(errors({ label: 'OK' }).label).toBeDefined();
    expect(errors({ label: 'Logga\nin' }).label).toBeDefined();
    expect(errors({ clientSecret: 'x'.repeat(501) }).clientSecret?.[0]).toBe('Hemligheten får vara högst 500 tecken.');
  });
});

describe('scimMappingSchema', () => {
  it('takes a unit attribute and an optional audience attribute, never the same one', async () => {
    const { scimMappingSchema } = await import('@/lib/validation/scim');
    expect(scimMappingSchema.parse({ unit: 'department', audience: '' })).toEqual({
      unit: 'department',
      audience: null,
    });
    expect(scimMappingSchema.parse({ unit: 'division', audience: 'userType' })).toEqual({
      unit: 'division',
      audience: 'userType',
    });
    const same = scimMappingSchema.safeParse({ unit: 'department', audience: 'department' });
    expect(same.success ? {} : z.flattenError(same.error).fieldErrors).toEqual({
      audience: ['Enhet och målgrupp kan inte komma från samma attribut.'],
    });
    expect(scimMappingSchema.safeParse({ unit: 'manager', audience: '' }).success).toBe(false);
  });
});

describe('issuerAllowed', () => {
  it('takes https always, plain http only where the installation allows it (its tests)', () => {
    expect(issuerAllowed('https://login.microsoftonline.com/t/v2.0', false)).toBe(true);
    expect(issuerAllowed('http://127.0.0.1:3210', false)).toBe(false);
    expect(issuerAllowed('http://127.0.0.1:3210', true)).toBe(true);
  });
});
