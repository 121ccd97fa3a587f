import { databaseHealth } from '@/lib/data/health';

// Readiness: this instance is up and its database answers, is migrated and takes writes (503
// otherwise, with the reason in Swedish), for a load balancer that should stop sending traffic to
// an instance whose pages would fail.
export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await databaseHealth();
  return Response.json(health.ok ? { status: 'ok' } : { status: 'fel', message: health.reason }, {
    status: health.ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
