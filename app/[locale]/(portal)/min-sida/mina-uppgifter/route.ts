import { authorize } from '@/lib/auth/guards';
import { exportMyData } from '@/lib/data/my-data';
import { handle } from '@/lib/http';

/** Everything the portal holds about the signed-in person, as a JSON file (GDPR art. 15 and 20). */
export const GET = handle(async () => {
  const viewer = await authorize('profile:own');
  const data = await exportMyData(viewer.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mina-uppgifter-jamstalldhetsportalen.json"',
      'cache-control': 'private, no-store',
    },
  });
});
