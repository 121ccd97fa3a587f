import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

// Failed password sign-ins are counted per e-mail address (known or not, so the answer does not
// reveal which addresses have accounts). After LOGIN_MAX_FAILURES within the lock window the
// address is refused for LOGIN_LOCK_MINUTES. Kept in the database so every app instance agrees.
const windowMs = () => env.LOGIN_LOCK_MINUTES * 60_000;

export async function minutesLocked(email: string, now = new Date()): Promise<number> {
  const row = await db.loginAttempt.findUnique({ where: { email }, select: { lockedUntil: true } });
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 60_000);
}

export async function recordFailure(email: string, now = new Date()): Promise<void> {
  const row = await db.loginAttempt.findUnique({ where: { email } });
  const fresh = !row || now.getTime() - row.firstFailureAt.getTime() > windowMs();
  const failures = fresh ? 1 : row.failures + 1;
  const lockedUntil = failures >= env.LOGIN_MAX_FAILURES ? new Date(now.getTime() + windowMs()) : null;
  await db.loginAttempt.upsert({
    where: { email },
    create: { email, failures, firstFailureAt: now, lockedUntil },
    update: { failures, firstFailureAt: fresh ? now : undefined, lockedUntil },
  });
}

export async function clearFailures(email: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { email } });
}
