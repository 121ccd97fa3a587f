import { listGroups, refuseNewGroup } from '@/lib/data/scim-groups';
import { badRequest, scimJson } from '@/lib/scim/errors';
import { parseFilter, parsePaging } from '@/lib/scim/filter';
import { LIST_SCHEMA, readJson, scimRoute, withMembers } from '@/lib/scim/route';

export const GET = scimRoute(async ({ client, request, base }) => {
  const params = new URL(request.url).searchParams;
  const filter = parseFilter(params.get('filter'), ['displayName']);
  const page = parsePaging(params);
  const { total, resources } = await listGroups(client, filter, page, { base, members: withMembers(params) });
  return scimJson({
    schemas: [LIST_SCHEMA],
    totalResults: total,
    startIndex: page.skip + 1,
    itemsPerPage: resources.length,
    Resources: resources,
  });
});

export const POST = scimRoute(async ({ client, request }) => {
  const body = (await readJson(request)) as { displayName?: unknown } | null;
  if (typeof body?.displayName !== 'string' || !body.displayName.trim())
    throw badRequest('invalidValue', 'displayName saknas.');
  return refuseNewGroup(client, body.displayName);
});
