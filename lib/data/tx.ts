import type { Db } from '@/lib/db';

/** The client inside db.$transaction (or db itself): data functions that must commit together take one. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * Prisma's unique-constraint error (P2002, or P2010 from a raw statement). A check-then-write can lose a race to another request:
 * the unique index decides, and the caller turns this into a conflict or a no-op.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (code === 'P2002') return true;
  // The same clash in a raw statement (lib/data/bulk.ts) comes as "raw query failed" (P2010),
  // with the driver's own classification beside it.
  return code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}

type Constraint = { fields?: string[]; index?: string };

/**
 * Whether a unique violation is about this column. The driver names the constraint's columns
 * (SQLite) or its index, which Prisma names Table_column_…_key (PostgreSQL).
 */
export function uniqueViolationOn(error: unknown, column: string): boolean {
  if (!isUniqueViolation(error)) return false;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { constraint?: Constraint } } } }).meta;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields) return constraint.fields.includes(column);
  return constraint?.index?.split('_').includes(column) ?? false;
}

/** Group assignments and rule runs can write thousands of rows: give them more than Prisma's 5 s. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 } as const;
