import { deactivateUser, getUser, replaceUser } from '@/lib/data/scim-users';
import { scimJson } from '@/lib/scim/errors';
import { applyPatch } from '@/lib/scim/patch';
import { readJson, scimRoute } from '@/lib/scim/route';
import { ENTERPRISE, parseUserResource } from '@/lib/scim/user';

const patchable = new Set([
  'externalId',
  'userName',
  'name',
  'displayName',
  'active',
  'emails',
  'userType',
  'title',
  ENTERPRISE,
]);

export const GET = scimRoute(async ({ client, base, params }) => scimJson(await getUser(client, params.id!, base)));

export const PUT = scimRoute(async ({ client, request, base, params }) => {
  const input = parseUserResource(await readJson(request), client.mapping);
  return scimJson(await replaceUser(client, params.id!, input, base));
});

export const PATCH = scimRoute(async ({ client, request, base, params }) => {
  const current = await getUser(client, params.id!, base);
  const resource: Record<string, unknown> = { ...current };
  delete resource.meta;
  delete resource.id;
  const patched = applyPatch(resource, await readJson(request), { attributes: patchable });
  const input = parseUserResource(patched, client.mapping);
  return scimJson(await replaceUser(client, params.id!, input, base));
});

export const DELETE = scimRoute(async ({ client, params }) => {
  await deactivateUser(client, params.id!);
  return new Response(null, { status: 204 });
});
