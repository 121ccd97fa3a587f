import { getUser } from '@/lib/data/scim-users';
import { deactivateUser, patchUser, replaceUser } from '@/lib/data/scim-users-write';
import { scimJson } from '@/lib/scim/errors';
import { readJson, scimRoute } from '@/lib/scim/route';
import { parseUserResource } from '@/lib/scim/user';

export const GET = scimRoute(async ({ client, base, params }) => scimJson(await getUser(client, params.id!, base)));

export const PUT = scimRoute(async ({ client, request, base, params }) => {
  const input = parseUserResource(await readJson(request), client.mapping);
  return scimJson(await replaceUser(client, params.id!, input, base));
});

export const PATCH = scimRoute(async ({ client, request, base, params }) =>
  scimJson(await patchUser(client, params.id!, await readJson(request), base)),
);

export const DELETE = scimRoute(async ({ client, params }) => {
  await deactivateUser(client, params.id!);
  return new Response(null, { status: 204 });
});
