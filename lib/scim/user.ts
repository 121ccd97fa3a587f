import { z } from 'zod';
import { emailSchema } from '@/lib/validation/auth';
import type { Audience } from '@/lib/audiences';
import { parseAudience } from '@/lib/import/values';
import { badRequest } from './errors';

// A SCIM User (RFC 7643 §4.1, with the enterprise extension §4.3) as the portal reads it: the
// attributes it keeps, the standard ones it accepts and ignores (an identity provider sends what
// its mapping has), and a refusal for anything else.

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const unitAttributes = ['department', 'division', 'organization', 'costCenter'] as const;
export type UnitAttribute = (typeof unitAttributes)[number];
/** Where an organisation may send a person's audience: a core attribute or one of the extension's. */
export const audienceAttributes = ['userType', 'title', ...unitAttributes] as const;
export type AudienceAttribute = (typeof audienceAttributes)[number];
export type Mapping = { unit: UnitAttribute; audience: AudienceAttribute | null };

/** Core attributes the portal does not keep but accepts, so a provider's ordinary mapping works. */
const ignored = new Set([
  'id',
  'meta',
  'nickName',
  'profileUrl',
  'title',
  'userType',
  'preferredLanguage',
  'locale',
  'timezone',
  'password',
  'phoneNumbers',
  'ims',
  'photos',
  'addresses',
  'groups',
  'entitlements',
  'roles',
  'x509Certificates',
]);
const kept = new Set(['schemas', 'externalId', 'userName', 'name', 'displayName', 'active', 'emails', ENTERPRISE]);
/** The attributes a PATCH may name (those the portal ignores too, as Entra's default mapping sends them). */
export const patchableAttributes: ReadonlySet<string> = new Set(
  [...kept, ...ignored].filter((a) => a !== 'schemas' && a !== 'id' && a !== 'meta'),
);
const enterpriseKnown = new Set([...unitAttributes, 'employeeNumber', 'manager']);

/** What a SCIM request says about a person; undefined: the request does not say. */
export type ScimUserInput = {
  userName: string;
  externalId: string | null | undefined;
  name: string;
  email: string;
  active: boolean | undefined;
  unit: string | null | undefined;
  employeeNumber: string | null | undefined;
  /** Only when the organisation maps an attribute to the audience and the request sends it. */
  audience: Audience | undefined;
};

// Entra ID sends booleans as "True"/"False" in PATCH values.
const booleanish = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i)
    .transform((v) => v.toLowerCase() === 'true'),
]);
const text = z.string().trim().max(300);

const resourceSchema = z.object({
  schemas: z.array(z.string()).optional(),
  externalId: text.nullish(),
  userName: z.string({ error: 'userName saknas.' }).trim().min(1, 'userName saknas.').max(300),
  userType: text.nullish(),
  title: text.nullish(),
  name: z
    .object({ formatted: text.optional(), givenName: text.optional(), familyName: text.optional() })
    .loose()
    .optional(),
  displayName: text.optional(),
  active: booleanish.optional(),
  emails: z
    .array(z.object({ value: z.string().trim(), type: z.string().optional(), primary: booleanish.optional() }).loose())
    .optional(),
  [ENTERPRISE]: z.record(z.string(), z.unknown()).optional(),
});

export function parseUserResource(body: unknown, mapping: Mapping): ScimUserInput {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('invalidSyntax', 'Användaren ska vara ett JSON-objekt.');
  for (const key of Object.keys(body)) {
    if (!kept.has(key) && !ignored.has(key))
      throw badRequest('invalidSyntax', `Attributet "${key}" finns inte i portalens schema.`);
  }
  const parsed = resourceSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badRequest('invalidValue', `Ogiltigt värde för ${issue.path.join('.') || 'användaren'}: ${issue.message}`);
  }
  const r = parsed.data;
  for (const schema of r.schemas ?? []) {
    if (schema !== USER_SCHEMA && schema !== ENTERPRISE)
      throw badRequest('invalidSyntax', `Schemat ${schema} stöds inte.`);
  }
  const enterprise = r[ENTERPRISE] ?? {};
  for (const key of Object.keys(enterprise)) {
    if (!enterpriseKnown.has(key)) throw badRequest('invalidSyntax', `Attributet "${ENTERPRISE}:${key}" finns inte.`);
  }
  const primary =
    r.emails?.find((e) => e.primary === true) ?? r.emails?.find((e) => e.type === 'work') ?? r.emails?.[0];
  const address = emailSchema.safeParse(primary?.value ?? r.userName);
  if (!address.success) {
    throw badRequest('invalidValue', 'Personen behöver en giltig e-postadress, i userName eller emails.');
  }
  const parts = [r.name?.givenName, r.name?.familyName].filter(Boolean).join(' ');
  const name = r.displayName || r.name?.formatted || parts || address.data;
  const optionalText = (value: unknown) =>
    value === undefined
      ? undefined
      : typeof value === 'string' && value.trim() !== ''
        ? value.trim().slice(0, 300)
        : null;
  return {
    userName: r.userName,
    externalId: r.externalId === undefined ? undefined : r.externalId || null,
    name: name.slice(0, 200),
    email: address.data,
    active: r.active,
    unit: optionalText(enterprise[mapping.unit]),
    employeeNumber: optionalText(enterprise.employeeNumber),
    audience: audienceOf(mapping.audience, r, enterprise),
  };
}

function audienceOf(
  attribute: AudienceAttribute | null,
  r: { userType?: string | null; title?: string | null },
  enterprise: Record<string, unknown>,
) {
  if (!attribute) return undefined;
  const value = attribute === 'userType' || attribute === 'title' ? r[attribute] : enterprise[attribute];
  if (value === undefined || value === null || value === '') return undefined;
  const audience = typeof value === 'string' ? parseAudience(value) : undefined;
  if (!audience) {
    throw badRequest(
      'invalidValue',
      `Målgruppen "${String(value)}" är okänd. Använd förtroendevald, chef, strateg eller medarbetare.`,
    );
  }
  return audience;
}
