import 'server-only';
import { db } from '@/lib/db';

/** True when the database answers a trivial query. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    console.error('Databasen svarar inte:', error);
    return false;
  }
}
