import { revalidateHere } from '@/lib/actions/action';
import { changeSchema, isInternalToken } from '@/lib/cluster/messages';
import { forgetAllStatisticsHere, forgetStatisticsHere, refreshUnitsHere } from '@/lib/data/stats-cache';

// Another instance's change, handed over by this instance's own listener (lib/cluster/listener.ts).
// Only the listener knows the token (derived from NEXTAUTH_SECRET); nginx does not pass this path
// on (deploy/nginx), and anyone else gets 404 as for any unknown address.
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Sidan finns inte.', { status: 404 });

export async function POST(request: Request) {
  if (!isInternalToken(request.headers.get('x-portal-internal'))) return notFound();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return new Response('Ogiltig ändring.', { status: 400 });
  }
  const change = changeSchema.safeParse(body);
  if (!change.success) return new Response('Ogiltig ändring.', { status: 400 });
  const c = change.data;
  if (c.kind === 'statistics') forgetStatisticsHere(c.organisationId);
  if (c.kind === 'progress') await refreshUnitsHere(c.organisationId, c.unitIds);
  if (c.kind === 'pages') revalidateHere(c.paths);
  if (c.kind === 'everything') {
    forgetAllStatisticsHere();
    revalidateHere([['/', 'layout']]);
  }
  return new Response(null, { status: 204 });
}
