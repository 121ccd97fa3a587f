import 'server-only';
import { db } from '@/lib/db';
import { log } from '@/lib/log';

/** True when the database answers a trivial query. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    log.error({ err: error }, 'Databasen svarar inte');
    return false;
  }
}
