import { changeMembers, getGroup } from '@/lib/data/scim-groups';
import { badRequest, scimJson } from '@/lib/scim/errors';
import { parseGroupPatch } from '@/lib/scim/group';
import { readJson, scimRoute, withMembers } from '@/lib/scim/route';

export const GET = scimRoute(async ({ client, request, base, params }) =>
  scimJson(await getGroup(client, params.id!, { base, members: withMembers(new URL(request.url).searchParams) })),
);

export const PATCH = scimRoute(async ({ client, request, base, params }) => {
  await changeMembers(client, params.id!, parseGroupPatch(await readJson(request)));
  return scimJson(await getGroup(client, params.id!, { base, members: true }));
});

export const DELETE = scimRoute(async () => {
  throw badRequest('mutability', 'Enheter tas bort under Administration, Enheter, inte genom provisionering.');
});
