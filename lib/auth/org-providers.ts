import 'server-only';
import type { Account, Profile } from 'next-auth';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import {
  activePersonByAddress,
  addressTaken,
  createPersonAtSignIn,
  bindAccount,
  boundPerson,
  isBound,
  ORG_PROVIDER_PREFIX as PREFIX,
  orgProviderId,
  providerForSignIn,
  type ProviderForSignIn,
} from '@/lib/data/identity-providers';
import { discoveryUrl } from './oidc-discovery';
import { getHostOrganisationId } from '@/lib/data/host';
import { log } from '@/lib/log';
import {
  UNAVAILABLE,
  WORK_ACCOUNT_ALREADY_BOUND,
  WORK_ACCOUNT_OTHER_ORGANISATION,
  WORK_ACCOUNT_UNVERIFIED,
} from './sign-in-errors';

// Sign-in through an organisation's own OpenID Connect provider (configured in /admin/inloggning).
// next-auth runs the authorization code flow with PKCE, state and nonce, and openid-client checks
// the ID token's signature, issuer, audience, expiry and nonce. What is ours is the binding: an
// account is found by the provider and the subject it vouches for; only the first sign-in may
// find the person by address, and then only by a verified address in one of the organisation's
// domains, of an active person of that same organisation.

export const isOrgProvider = (providerId: string | undefined) => Boolean(providerId?.startsWith(PREFIX));

type Claims = Profile & {
  sub?: string;
  email?: string;
  email_verified?: boolean | string;
  /** Entra ID's optional "email domain owner verified": it sends no email_verified for work accounts. */
  xms_edov?: boolean | string;
  name?: string;
};

const yes = (claim: unknown) => claim === true || claim === 'true';

/** A verified address: email_verified, or, where a provider sends none (Entra ID), xms_edov. */
const addressVerified = (profile: Claims | undefined) =>
  profile?.email_verified === undefined ? yes(profile?.xms_edov) : yes(profile.email_verified);

/** next-auth's provider for one organisation's provider. */
export function oauthProvider(p: ProviderForSignIn & { clientSecret: string }): OAuthConfig<Claims> {
  return {
    id: orgProviderId(p.id),
    name: p.label,
    type: 'oauth',
    wellKnown: discoveryUrl(p.issuer),
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
    // next-auth never links by address itself: orgSignIn below binds the first sign-in.
    allowDangerousEmailAccountLinking: false,
    profile: (claims) => ({
      id: String(claims.sub),
      email: claims.email?.toLowerCase() ?? null,
      name: claims.name ?? null,
    }),
  };
}

/** The provider a sign-in's `/api/auth/{signin,callback}/org-…` path names, with its secret opened. */
export async function orgProviderFromPath(segments: readonly string[]) {
  const [step, providerId] = segments;
  if ((step !== 'signin' && step !== 'callback') || !isOrgProvider(providerId)) return null;
  return providerForSignIn(providerId!.slice(PREFIX.length));
}

/** Whose people a provider signs in: one organisation, by these domains (null: any), creating accounts or not. */
type BindingRule = Pick<ProviderForSignIn, 'organisationId' | 'createOnFirstSignIn'> & { domains: string[] | null };

/** next-auth's signIn callback for organisations' providers: true, false (no account) or where to go instead. */
export async function orgSignIn(account: Account, profile: Claims | undefined): Promise<boolean | string> {
  return safely(account, async () => {
    const provider = await providerForSignIn(account.provider.slice(PREFIX.length));
    return provider ? decide(provider, account, profile) : false;
  });
}

/**
 * The installation-wide Entra ID (the ENTRA_* variables, for an installation of one organisation)
 * binds by the same rule, for the host organisation's people at any domain, never creating one.
 */
export async function installationEntraSignIn(account: Account, profile: Claims | undefined) {
  return safely(account, async () => {
    const organisationId = await getHostOrganisationId();
    if (!organisationId) return false;
    return decide({ organisationId, domains: null, createOnFirstSignIn: false }, account, profile);
  });
}

/** next-auth would put a thrown error's own message in the address; the person gets our sentence. */
async function safely(account: Account, work: () => Promise<boolean | string>): Promise<boolean | string> {
  try {
    return await work();
  } catch (error) {
    log.error({ err: error, provider: account.provider }, 'work-account sign-in failed');
    return errorPage(UNAVAILABLE);
  }
}

/**
 * A verified address of an active person of the rule's organisation binds the first sign-in; from
 * then on the subject decides. It never links by an unverified address, nor to another
 * organisation's people.
 */
async function decide(rule: BindingRule, account: Account, profile: Claims | undefined) {
  const subject = { provider: account.provider, providerAccountId: account.providerAccountId };
  const bound = await boundPerson(subject.provider, subject.providerAccountId);
  // Bound: the subject decides, whatever address the provider now sends.
  if (bound) {
    if (bound.organisationId !== rule.organisationId) return errorPage(WORK_ACCOUNT_OTHER_ORGANISATION);
    return bound.active;
  }
  const address = profile?.email?.toLowerCase() ?? '';
  if (!address || !addressVerified(profile)) return errorPage(WORK_ACCOUNT_UNVERIFIED);
  if (rule.domains && !rule.domains.includes(address.split('@')[1] ?? ''))
    return errorPage(WORK_ACCOUNT_OTHER_ORGANISATION);
  const person = await activePersonByAddress(address);
  if (!person && rule.createOnFirstSignIn && !(await addressTaken(address))) {
    const name = profile?.name?.trim().slice(0, 200) || address;
    await createPersonAtSignIn({ organisationId: rule.organisationId, email: address, name, subject });
    return true;
  }
  if (!person) return false;
  if (person.organisationId !== rule.organisationId) return errorPage(WORK_ACCOUNT_OTHER_ORGANISATION);
  // A person already bound to another subject of this provider is not bound again by address: an
  // account in the provider that was given their address must not become them.
  if (await isBound(subject.provider, person.id)) return errorPage(WORK_ACCOUNT_ALREADY_BOUND);
  // Bound here, before next-auth looks the subject up: next-auth would otherwise link a new
  // subject to whoever is signed in in this browser. With the binding in place it signs in this
  // person, or refuses when someone else is signed in.
  await bindAccount({ ...subject, userId: person.id, organisationId: rule.organisationId });
  return true;
}

const errorPage = (code: string) => `/logga-in?error=${code}`;
