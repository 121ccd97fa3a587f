import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { sqlDate, sqlTime } from './sql-time';

// Password sign-in attempts are counted per e-mail address (known or not, so the answer does not
// reveal which addresses have accounts) and per client address, in the database so every app
// instance agrees. Each attempt is counted in one statement BEFORE its password is checked, and
// the count it gets back is its place in the window: of a burst sent at once, only the first
// LOGIN_MAX_FAILURES are checked. (Reading the lock first and writing the failure after let a
// burst of 30 through, the right password included.)
const windowMs = () => env.LOGIN_LOCK_MINUTES * 60_000;
const addressKey = (email: string) => `address:${email.trim().toLowerCase()}`;
const clientKey = (client: string) => `client:${client}`;

type Counted = { attempts: number; windowStart: Date };

/**
 * One more attempt for `key`, atomically (INSERT ... ON CONFLICT DO UPDATE ... RETURNING, on both
 * engines). A window older than the lock starts over; the limit-th attempt restarts the window,
 * so a lock lasts LOGIN_LOCK_MINUTES from the attempt that used the last try, as it always has.
 * The e-mail link requests per client are counted here too (lib/data/sign-in-links.ts), under
 * their own keys: one counter, one cleanup, one window.
 */
export async function countAttempt({ key, limit, now }: { key: string; limit: number; now: Date }): Promise<Counted> {
  const at = sqlTime(now);
  const expired = sqlTime(new Date(now.getTime() - windowMs()));
  const [row] = await db.$queryRaw<{ attempts: number | bigint; windowStart: Date | string }[]>`
    INSERT INTO "LoginCounter" ("key", "attempts", "windowStart") VALUES (${key}, 1, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN "LoginCounter"."windowStart" <= ${expired} THEN 1
                        ELSE "LoginCounter"."attempts" + 1 END,
      "windowStart" = CASE WHEN "LoginCounter"."windowStart" <= ${expired} OR "LoginCounter"."attempts" + 1 = ${limit}
                           THEN ${at} ELSE "LoginCounter"."windowStart" END
    RETURNING "attempts", "windowStart"`;
  return { attempts: Number(row!.attempts), windowStart: sqlDate(row!.windowStart) };
}

// Clamped: in a burst, an attempt's `now` can be a moment older than the window another one restarted.
const minutesLeft = ({ windowStart }: Counted, now: Date) =>
  Math.min(
    env.LOGIN_LOCK_MINUTES,
    Math.max(1, Math.ceil((windowStart.getTime() + windowMs() - now.getTime()) / 60_000)),
  );

/** Counters whose window has ended, removed so guessed addresses and clients do not pile up. */
export async function removeEndedCounters(now: Date): Promise<void> {
  await db.loginCounter.deleteMany({ where: { windowStart: { lte: new Date(now.getTime() - windowMs()) } } });
}

export type SignInAttempt = {
  /** Minutes left of a lock; above 0 the password must not be checked. */
  lockedMinutes: number;
  /** Above 0 when this attempt used the last try: if it fails, the lock lasts this long. */
  lockedIfWrong: number;
};

type Who = { email: string; client: string | null; now?: Date };

/**
 * Counts an attempt before its password is checked: first for the client address (a locked
 * client counts nothing more, so spraying addresses from one client stops there), then for the
 * e-mail address. Counters whose window has ended are removed on the way.
 */
export async function beginSignInAttempt({ email, client, now = new Date() }: Who): Promise<SignInAttempt> {
  await removeEndedCounters(now);
  const checks: { key: string; limit: number }[] = [
    ...(client ? [{ key: clientKey(client), limit: env.LOGIN_MAX_FAILURES_PER_CLIENT }] : []),
    { key: addressKey(email), limit: env.LOGIN_MAX_FAILURES },
  ];
  let lockedIfWrong = 0;
  for (const { key, limit } of checks) {
    const counted = await countAttempt({ key, limit, now });
    if (counted.attempts > limit) return { lockedMinutes: minutesLeft(counted, now), lockedIfWrong: 0 };
    if (counted.attempts === limit) lockedIfWrong = Math.max(lockedIfWrong, minutesLeft(counted, now));
  }
  return { lockedMinutes: 0, lockedIfWrong };
}

/**
 * A right password within the limit: the address starts over, and the client's count gives back
 * this attempt, so only failures add up for an office that signs in from one address all day.
 */
export async function signInSucceeded({ email, client }: Who): Promise<void> {
  await db.loginCounter.deleteMany({ where: { key: addressKey(email) } });
  if (!client) return;
  await db.loginCounter.updateMany({
    where: { key: clientKey(client), attempts: { gt: 0 } },
    data: { attempts: { decrement: 1 } },
  });
}
