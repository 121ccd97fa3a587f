import { ScimError } from '@/lib/scim/errors';
import { scimRoute } from '@/lib/scim/route';

// Any other address under /scim/v2 (Schemas, ResourceTypes, Bulk, Me, a mistyped path) gets
// SCIM's own 404 rather than the portal's HTML page, after the same token check.
const refuse = scimRoute(async () => {
  throw new ScimError(404, 'Adressen finns inte i portalens SCIM-tjänst. Använd /Users och /Groups.');
});
const notHere = (request: Request) => refuse(request, { params: Promise.resolve({}) });

export { notHere as GET, notHere as POST, notHere as PUT, notHere as PATCH, notHere as DELETE };
