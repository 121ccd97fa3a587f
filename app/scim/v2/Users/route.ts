import { createUser } from '@/lib/data/scim-users-write';
import { listUsers } from '@/lib/data/scim-users';
import { scimJson } from '@/lib/scim/errors';
import { parseFilter, parsePaging } from '@/lib/scim/filter';
import { LIST_SCHEMA, readJson, scimRoute } from '@/lib/scim/route';
import { parseUserResource } from '@/lib/scim/user';

export const GET = scimRoute(async ({ client, request, base }) => {
  const params = new URL(request.url).searchParams;
  const filter = parseFilter(params.get('filter'), ['userName', 'externalId', 'emails.value']);
  const page = parsePaging(params);
  const { total, resources } = await listUsers(client, filter, page, base);
  return scimJson({
    schemas: [LIST_SCHEMA],
    totalResults: total,
    startIndex: page.skip + 1,
    itemsPerPage: resources.length,
    Resources: resources,
  });
});

export const POST = scimRoute(async ({ client, request, base }) => {
  const input = parseUserResource(await readJson(request), client.mapping);
  const created = await createUser(client, input, base);
  return scimJson(created, 201, { location: created.meta.location });
});
