import type { Db } from '@/lib/db';

/** The client inside db.$transaction (or db itself): data functions that must commit together take one. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * Prisma's unique-constraint error (P2002). A check-then-write can lose a race to another request:
 * the unique index decides, and the caller turns this into a conflict or a no-op.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** Group assignments and rule runs can write thousands of rows: give them more than Prisma's 5 s. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 } as const;
