import 'server-only';
import { authenticateScim, type ScimClient } from '@/lib/data/scim-tokens';
import { env } from '@/lib/env';
import { requestLogger } from '@/lib/log';
import { badRequest, ScimError, scimErrorResponse } from './errors';
import { FORBIDDEN_NAMES } from './patch';

// The one wrapper of every /scim/v2 route: the bearer token decides the organisation (there is no
// other way in), SCIM errors are answered in SCIM's format, and anything unexpected is logged and
// answered with a 500 that says nothing more.

export const MAX_SCIM_BODY = 1_000_000;
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** Whether a group's members are wanted (Entra asks without them: excludedAttributes=members). */
export const withMembers = (params: URLSearchParams) =>
  !(params.get('excludedAttributes') ?? '').split(',').some((a) => a.trim().toLowerCase() === 'members');

export type ScimRequest = { client: ScimClient; request: Request; base: string; params: Record<string, string> };

/** The service's own address, for meta.location. */
export const scimBase = () => `${env.NEXTAUTH_URL.replace(/\/$/, '')}/scim/v2`;

export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_SCIM_BODY) throw new ScimError(413, 'Begäran är för stor.');
  try {
    // Keys that name a prototype are dropped as the request is read: no attribute has such a name.
    return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_NAMES.has(key) ? undefined : value));
  } catch {
    throw badRequest('invalidSyntax', 'Begäran är inte giltig JSON.');
  }
}

type Context = { params: Promise<Record<string, string>> };

export function scimRoute(handler: (r: ScimRequest) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      const client = await authenticateScim(request.headers.get('authorization'));
      return await handler({ client, request, base: scimBase(), params: (await context.params) ?? {} });
    } catch (error) {
      if (error instanceof ScimError) return scimErrorResponse(error);
      (await requestLogger()).error({ err: error }, 'unexpected error in SCIM route');
      return scimErrorResponse(new ScimError(500, 'Något gick fel i portalen. Försök igen senare.'));
    }
  };
}
