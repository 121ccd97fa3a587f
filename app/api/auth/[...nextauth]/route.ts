import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { withSafeCallbackQuery } from '@/lib/auth/redirect';
import { env } from '@/lib/env';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// A callbackUrl in the query goes through the one redirect rule before next-auth sees it: next-auth
// answers HTTP 500 to one that is not a URL (lib/auth/redirect.ts).
async function handle(request: NextRequest, context: Context) {
  // With a logger configured next-auth writes whatever anyone posts to `_log` into the server log;
  // the browser's reports are not needed there, so nobody can fill the log through it.
  if ((await context.params).nextauth[0] === '_log') return new Response(null, { status: 204 });
  const rewritten = withSafeCallbackQuery(request.url, env.NEXTAUTH_URL);
  if (!rewritten) return handler(request, context);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
  return handler(new NextRequest(rewritten, { method: request.method, headers: request.headers, body }), context);
}

export { handle as GET, handle as POST };
