import type { Instrumentation } from 'next';

export async function register() {
  // Next inlines NEXT_RUNTIME at build time; the logger needs Node, not the edge runtime.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Loading the logger reads the environment: an invalid LOG_LEVEL (or any other variable) stops
  // the server at start instead of at its first log line.
  await import('@/lib/log');
  // Several instances on PostgreSQL: hear what the others change (lib/cluster). Not while building.
  const { databaseEngine } = await import('@/lib/env');
  if (databaseEngine() === 'postgresql' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { listenForChanges } = await import('@/lib/cluster/listener');
    listenForChanges();
  }
}

// Errors that escape a page, route handler, Server Action or the proxy are logged here, once, with
// the request id from proxy.ts. Expected errors are answered in the action or page and never get
// here, nor do Next's own signals (notFound, redirect, forbidden). No request bodies, query
// strings or headers beyond the id are logged: they may hold personal data.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('@/lib/log');
  const { REQUEST_ID_HEADER } = await import('@/lib/request-id');
  const requestId = request.headers[REQUEST_ID_HEADER];
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : undefined;
  log.error(
    {
      err: error,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
      routeType: context.routeType,
      digest,
    },
    'Oväntat fel i en förfrågan',
  );
};
