import { deactivateUser, getUser, replaceUser } from '@/lib/data/scim-users';
import { scimJson } from '@/lib/scim/errors';
import { applyPatch } from '@/lib/scim/patch';
import { readJson, scimRoute } from '@/lib/scim/route';
import { parseUserResource, patchableAttributes } from '@/lib/scim/user';

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
  const patched = applyPatch(resource, await readJson(request), { attributes: patchableAttributes });
  const input = parseUserResource(patched, client.mapping);
  // The PATCH started from the whole resource: what is missing now was removed.
  const cleared = {
    ...input,
    unit: input.unit ?? null,
    externalId: input.externalId ?? null,
    employeeNumber: input.employeeNumber ?? null,
  };
  return scimJson(await replaceUser(client, params.id!, cleared, base));
});

export const DELETE = scimRoute(async ({ client, params }) => {
  await deactivateUser(client, params.id!);
  return new Response(null, { status: 204 });
});
