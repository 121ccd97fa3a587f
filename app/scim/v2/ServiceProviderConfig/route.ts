import { scimJson } from '@/lib/scim/errors';
import { scimRoute } from '@/lib/scim/route';
import { MAX_PAGE } from '@/lib/scim/filter';

// What this SCIM service supports (RFC 7643 §5), for clients that ask before they provision.
export const GET = scimRoute(async () =>
  scimJson({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer-nyckel',
        description: 'En nyckel som administratören skapar under Administration, Provisionering.',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: '/scim/v2/ServiceProviderConfig' },
  }),
);
