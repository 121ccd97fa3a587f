import 'server-only';
import { z } from 'zod';
import { invalid } from '@/lib/errors';
import { serverMessage } from '@/lib/i18n/messages';

// Before a provider is saved its discovery document is read and checked, so an administrator
// learns of a mistyped issuer or a provider that cannot do what sign-in needs at once, and not
// from the first colleague who cannot sign in.

const TIMEOUT_MS = 5000;

const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  response_types_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});
export type Discovery = z.infer<typeof discoverySchema>;

export const discoveryUrl = (issuer: string) => `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;

/** The provider's discovery document, or an expected error saying in the reader's language what is wrong. */
export async function discover(issuer: string): Promise<Discovery> {
  let body: unknown;
  try {
    const response = await fetch(discoveryUrl(issuer), {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { accept: 'application/json' },
      redirect: 'error',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = await response.json();
  } catch {
    throw invalid(await serverMessage('discoveryUnreadable', { url: discoveryUrl(issuer) }));
  }
  const parsed = discoverySchema.safeParse(body);
  if (!parsed.success)
    throw invalid('Leverantörens inställningar saknar uppgifter som inloggningen behöver (OpenID Connect).');
  const document = parsed.data;
  if (document.issuer.replace(/\/+$/, '') !== issuer.replace(/\/+$/, '')) {
    throw invalid(await serverMessage('otherIssuer', { issuer: document.issuer }));
  }
  if (document.response_types_supported && !document.response_types_supported.includes('code')) {
    throw invalid('Leverantören erbjuder inte inloggning med auktoriseringskod, som portalen använder.');
  }
  if (document.code_challenge_methods_supported && !document.code_challenge_methods_supported.includes('S256')) {
    throw invalid('Leverantören stöder inte PKCE med S256, som portalen kräver.');
  }
  return document;
}
