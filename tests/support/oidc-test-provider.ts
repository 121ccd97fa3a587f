// A local OpenID Connect provider for end-to-end tests of signing in through an external identity
// provider. It is the certified oidc-provider package rather than a hand-written mock, so the
// portal is held to what a real OP sends, not to what we assume one sends. Plain http on
// 127.0.0.1: for tests only.
//
// Signing in on its page (oidc-provider's development login form; there is no consent step):
//   await page.getByPlaceholder('Enter any login').fill('anna@example.se'); // an account's sub or email
//   await page.getByPlaceholder('and password').fill('x'); // required by the form, never checked
//   await page.getByRole('button', { name: 'Sign-in' }).click();
// The fields have no <label>; in CSS they are input[name="login"], input[name="password"] and
// button.login-submit. The page accepts any login; one that matches no account comes back to the app
// as error=access_denied on its redirect URI.
//
// Like a real provider it remembers the browser's sign-in (its cookies on 127.0.0.1 reach every
// port): a second sign-in in the same browser context skips the form. Use a new context for
// another person, or context.clearCookies().
//
// In a spec: `const op = await startTestProvider({...})` in test.beforeAll, `await op.stop()` in
// test.afterAll. The app needs checks ['pkce', 'state', 'nonce'] (PKCE is required) and idToken: true.
import { generateKeyPairSync, randomBytes, randomUUID, sign } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';

export type TestAccount = { sub: string; email: string; emailVerified?: boolean; name: string };
export type TokenMode = 'normal' | 'tampered' | 'expired' | 'wrong-nonce';
export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Replaces who can sign in; the login typed on the form is a sub or an email. */
  setAccounts(accounts: TestAccount[]): void;
  /** How ID tokens from the token endpoint are spoiled from now on, until set back to 'normal'. */
  setTokenMode(mode: TokenMode): void;
  stop(): Promise<void>;
};

// oidc-provider ships no type declarations; these are the few parts of it this file touches.
type Ctx = {
  status: number;
  body: unknown;
  // Unset on requests that miss every route of the provider.
  oidc?: {
    route?: string;
    session?: { accountId?: string };
    account?: { accountId: string };
    client?: { clientId: string };
    provider: Provider;
  };
};
type Grant = { addOIDCScope(scope: string): void; save(): Promise<string> };
type Result = { login?: { accountId: string }; error?: string; error_description?: string };
type Provider = {
  use(middleware: (ctx: Ctx, next: () => Promise<void>) => Promise<void>): void;
  on(event: 'server_error', listener: (ctx: unknown, error: Error) => void): void;
  callback(): RequestListener;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: Result, options?: object): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => Grant;
};
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => Provider;

export async function startTestProvider(options: {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  accounts: TestAccount[];
}): Promise<TestProvider> {
  // oidc-provider is ESM only. A dynamic import works both when Playwright compiles specs to
  // CommonJS (it leaves import() alone) and under vitest; the specifier sits in a variable so tsc
  // does not ask for the declarations the package lacks.
  const packageName = 'oidc-provider';
  const { default: Provider } = (await import(packageName)) as { default: ProviderClass };

  const issuer = `http://127.0.0.1:${options.port}`;
  let accounts = [...options.accounts];
  let mode: TokenMode = 'normal';
  const find = (login: string) =>
    accounts.find((a) => a.sub === login || a.email.toLowerCase() === login.trim().toLowerCase());

  // Our own signing key, so spoiled tokens can be re-signed with the key (and kid) the app trusts.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // oidc-provider accepts the secret in the body (client_secret_post) for a basic client too.
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // next-auth reads the profile from the ID token, so the scope claims must be in it too, not
    // only at the userinfo endpoint.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    // Fixed lifetimes, only to keep oidc-provider's notices about its defaults out of the test output.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 3600, IdToken: 3600 },
    async findAccount(ctx: Ctx, id: string) {
      const account = find(id);
      // A browser still signed in here as someone setAccounts() has removed: forget that sign-in so
      // the login page shows, rather than oidc-provider failing with an HTTP 500.
      if (!account && ctx.oidc?.session?.accountId === id) delete ctx.oidc.session.accountId;
      if (!account) return undefined;
      // oidc-provider puts the accountId in the tokens' sub, whatever claims() says.
      return {
        accountId: account.sub,
        claims: () => ({
          sub: account.sub,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
        }),
      };
    },
    // Every sign-in is pre-approved: the portal is the only client, and a consent page would be one
    // more screen for every test to click through.
    async loadExistingGrant(ctx: Ctx) {
      const { account, client, provider: self } = ctx.oidc ?? {};
      if (!account || !client || !self) return undefined;
      const grant = new self.Grant({ accountId: account.accountId, clientId: client.clientId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  // The development login form makes whatever was typed the session's accountId. Turn an email into
  // its account's sub (the code and the grant must agree on it), and a login that matches no account
  // into access_denied for the app, rather than a session for nobody (which ends in an HTTP 500).
  const finish = provider.interactionFinished.bind(provider);
  provider.interactionFinished = (req, res, result, finishOptions) => {
    const login = result.login?.accountId;
    if (login === undefined) return finish(req, res, result, finishOptions);
    const account = find(login);
    const next: Result = account
      ? { ...result, login: { accountId: account.sub } }
      : { error: 'access_denied', error_description: `no test account signs in as ${login}` };
    return finish(req, res, next, finishOptions);
  };
  // Without this a mistake in a test's setup shows only as oidc-provider's "oops! something went wrong".
  provider.on('server_error', (_ctx, error) => console.error('oidc-test-provider:', error));

  const resign = (token: string, edit: (claims: Record<string, unknown>) => void) => {
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    edit(claims);
    // The original header is kept byte for byte (same kid and alg), so only the intended check fails.
    const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
  };

  const spoil = (token: string): string => {
    const now = Math.floor(Date.now() / 1000);
    switch (mode) {
      case 'tampered': {
        const [header, payload, signature] = token.split('.');
        // Flip bytes rather than base64url characters: a changed last character can decode to the
        // same bytes (its low bits are padding) and the token would still verify.
        const bytes = Buffer.from(signature ?? '', 'base64url').map((b, i) => (i < 8 ? b ^ 0xff : b));
        return `${header}.${payload}.${Buffer.from(bytes).toString('base64url')}`;
      }
      case 'expired':
        return resign(token, (c) => Object.assign(c, { iat: now - 3900, exp: now - 3600 }));
      case 'wrong-nonce':
        // A nonce the client never sent also fails a client that sent none (openid-client compares).
        return resign(token, (c) => Object.assign(c, { nonce: `wrong-${randomUUID()}` }));
      default:
        return token;
    }
  };

  provider.use(async (ctx, next) => {
    await next();
    if (mode === 'normal' || ctx.oidc?.route !== 'token' || ctx.status !== 200) return;
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (typeof body?.id_token === 'string') ctx.body = { ...body, id_token: spoil(body.id_token) };
  });

  const server = createServer(provider.callback());
  server.listen(options.port, '127.0.0.1');
  await once(server, 'listening');

  return {
    issuer,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    setAccounts(next) {
      accounts = [...next];
    },
    setTokenMode(next) {
      mode = next;
    },
    async stop() {
      // The app's HTTP client keeps connections alive; close() alone would wait for them.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
