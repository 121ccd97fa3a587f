import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { oauthProvider, orgProviderFromPath } from '@/lib/auth/org-providers';
import { withSafeCallbackQuery } from '@/lib/auth/redirect';
import { WORK_ACCOUNT_BROKEN } from '@/lib/auth/sign-in-errors';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** The handler for this request: an organisation's provider is added when the path names one. */
async function handlerFor(segments: string[]) {
  const provider = await orgProviderFromPath(segments);
  if (!provider) return { run: handler };
  if (provider.clientSecret === null) {
    log.error({ providerId: provider.id }, 'identity provider secret cannot be decrypted with this installation key');
    return { broken: true as const };
  }
  const options = {
    ...authOptions,
    providers: [...authOptions.providers, oauthProvider({ ...provider, clientSecret: provider.clientSecret })],
  };
  return { run: NextAuth(options) };
}

// A callbackUrl in the query goes through the one redirect rule before next-auth sees it: next-auth
// answers HTTP 500 to one that is not a URL (lib/auth/redirect.ts).
async function handle(request: NextRequest, context: Context) {
  const segments = (await context.params).nextauth;
  // With a logger configured next-auth writes whatever anyone posts to `_log` into the server log;
  // the browser's reports are not needed there, so nobody can fill the log through it.
  if (segments[0] === '_log') return new Response(null, { status: 204 });
  const chosen = await handlerFor(segments);
  if ('broken' in chosen) {
    const page = new URL(`/logga-in?error=${WORK_ACCOUNT_BROKEN}`, env.NEXTAUTH_URL);
    // The sign-in page asks with a post for JSON (as next-auth answers it): the page it should go to.
    return request.method === 'POST' && segments[0] === 'signin'
      ? Response.json({ url: page.href })
      : Response.redirect(page, 303);
  }
  const rewritten = withSafeCallbackQuery(request.url, env.NEXTAUTH_URL);
  if (!rewritten) return chosen.run(request, context);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
  return chosen.run(new NextRequest(rewritten, { method: request.method, headers: request.headers, body }), context);
}

export { handle as GET, handle as POST };
