// Liveness for load balancers and monitoring: answers without touching the database, so it only
// says that this app instance is up. /api/halsa/databas also checks the database.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
