import 'server-only';
import { databaseEngine } from '@/lib/env';

/** A time for raw SQL: SQLite keeps Prisma DateTimes as ISO text with "+00:00", so compare in that format there. */
export const sqlTime = (d: Date) => (databaseEngine() === 'sqlite' ? d.toISOString().replace('Z', '+00:00') : d);

/** A DateTime read with raw SQL: a Date from the drivers, or ISO text where SQLite lost the column type. */
export const sqlDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
