import type { Db } from '@/lib/db';

/** The client inside db.$transaction (or db itself): data functions that must commit together take one. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';

/** Group assignments and rule runs can write thousands of rows: give them more than Prisma's 5 s. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 } as const;
