// A SCIM client for the unit tests: requests through the route handlers as a provider sends them,
// SCIM's shapes to check the answers against, and a User as Entra ID's default mapping sends it.
import { afterAll, beforeAll } from 'vitest';
import { z } from 'zod';
import { seededDb, type Seeded } from './seeded-db';

export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export const userShape = z.object({
  schemas: z.array(z.string()).refine((s) => s.includes('urn:ietf:params:scim:schemas:core:2.0:User')),
  id: z.string().min(1),
  userName: z.string().min(1),
  displayName: z.string(),
  active: z.boolean(),
  emails: z.array(z.object({ value: z.string(), primary: z.boolean() })),
  meta: z.object({
    resourceType: z.literal('User'),
    created: z.iso.datetime(),
    lastModified: z.iso.datetime(),
    location: z.url(),
  }),
});
export const listShape = z.object({
  schemas: z.tuple([z.literal('urn:ietf:params:scim:api:messages:2.0:ListResponse')]),
  totalResults: z.number().int().min(0),
  startIndex: z.number().int().min(1),
  itemsPerPage: z.number().int().min(0),
  Resources: z.array(userShape),
});
export const errorShape = z.object({
  schemas: z.tuple([z.literal('urn:ietf:params:scim:api:messages:2.0:Error')]),
  status: z.string(),
  scimType: z.string().optional(),
  detail: z.string().min(1),
});

/** One SCIM request, through the route handlers as a client sends it. */
export async function scimRequest(method: string, path: string, body: unknown, bearer: string | null) {
  const modules = {
    Users: await import('@/app/scim/v2/Users/route'),
    User: await import('@/app/scim/v2/Users/[id]/route'),
    Groups: await import('@/app/scim/v2/Groups/route'),
    Group: await import('@/app/scim/v2/Groups/[id]/route'),
  };
  const url = new URL(`http://127.0.0.1/scim/v2${path}`);
  const request = new Request(url, {
    method,
    headers: { 'content-type': 'application/scim+json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const [, kind, id] = /^\/scim\/v2\/(Users|Groups)(?:\/([^/?]+))?/.exec(url.pathname)!;
  const key = (kind === 'Users' ? (id ? 'User' : 'Users') : id ? 'Group' : 'Groups') as keyof typeof modules;
  const route = modules[key] as unknown as Record<string, (r: Request, c: unknown) => Promise<Response>>;
  const response = await route[method]!(request, { params: Promise.resolve(id ? { id } : {}) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, type: response.headers.get('content-type') };
}

export const scimPerson = (email: string, extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  externalId: `entra-${email}`,
  userName: email,
  active: true,
  displayName: 'Stina Scim',
  name: { givenName: 'Stina', familyName: 'Scim' },
  emails: [{ primary: true, type: 'work', value: email }],
  title: 'Förskollärare',
  [ENTERPRISE]: { department: 'Förskola' },
  ...extra,
});

/**
 * The seeded database with a SCIM token for Sjöstad and one for Norrvik, made before the file's
 * tests and closed after them; `scim` sends with Sjöstad's token unless given another.
 */
export function scimFixture() {
  let seeded: Seeded;
  const tokens = { sjostad: '', norrvik: '' };
  beforeAll(async () => {
    seeded = await seededDb();
    const { createScimToken } = await import('@/lib/data/scim-tokens');
    tokens.sjostad = await createScimToken(await seeded.viewer('admin@sjostad.se'), 'Entra ID');
    tokens.norrvik = await createScimToken(await seeded.viewer('admin@norrvik.se'), 'Entra ID');
  }, 120_000);
  afterAll(() => seeded.close());
  return {
    get db() {
      return seeded.db;
    },
    viewer: (email: string) => seeded.viewer(email),
    get token() {
      return tokens.sjostad;
    },
    get norrvikToken() {
      return tokens.norrvik;
    },
    scim: (method: string, path: string, body?: unknown, bearer: string | null = tokens.sjostad) =>
      scimRequest(method, path, body, bearer),
  };
}
