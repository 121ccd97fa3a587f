import { databaseAnswers } from '@/lib/data/health';

// Readiness: this instance is up and reaches its database (503 otherwise), for a load balancer
// that should stop sending traffic to an instance that has lost its database.
export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await databaseAnswers();
  return Response.json(ok ? { status: 'ok' } : { status: 'fel', message: 'Databasen svarar inte.' }, {
    status: ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
