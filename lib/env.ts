import { z } from 'zod';

// The one reader of process.env. Every variable has a working local default, so a fresh clone
// starts with no configuration; scripts/setup.ts writes a generated secret to .env.local.
const optional = z.string().trim().min(1).optional().catch(undefined);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1).default('file:./data/portal.db'),
  NEXTAUTH_URL: z.url().default('http://localhost:3000'),
  NEXTAUTH_SECRET: optional,
  SMTP_URL: optional,
  /** Slug of the organisation that owns the shared content (default: the first one created). */
  PORTAL_HOST_ORG: optional,
  PORTAL_CONTACT_EMAIL: z.email().default('jamstalldhetsportalen@kommun.example'),
  MAIL_FROM: z.string().default('Jämställdhetsportalen <no-reply@jamstalldhetsportalen.local>'),
  ENTRA_CLIENT_ID: optional,
  ENTRA_CLIENT_SECRET: optional,
  ENTRA_TENANT_ID: optional,
  /**
   * Encrypts secrets kept in the database (organisations' identity-provider client secrets). At
   * least 32 characters; unset, a key is derived from NEXTAUTH_SECRET, and changing that secret
   * then means entering the client secrets again.
   */
  SECRETS_KEY: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().min(32, 'SECRETS_KEY ska ha minst 32 tecken.').optional(),
  ),
  /**
   * Lets an organisation's identity provider be plain http on this machine (127.0.0.1, localhost):
   * for the end-to-end tests' provider only. Off, an administrator could make the server send
   * requests to any local port.
   */
  OIDC_ALLOW_HTTP_LOOPBACK: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Failed password sign-ins from one client address in the same window (an office shares one address). */
  LOGIN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).default(100),
  /** E-mail sign-in links one client address may ask for in the same window, for any addresses. */
  SIGN_IN_LINKS_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  /** How long statistics stay remembered between writes (lib/data/stats-cache.ts); 0 computes every view. */
  STATS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** Reverse proxies in front of the portal that append to X-Forwarded-For; 0 ignores the header. */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).default(1),
  /**
   * Where this instance answers itself (lib/cluster/listener.ts hands other instances' changes to
   * its own app). Unset: http://127.0.0.1 and the port `next start` listens on.
   */
  PORTAL_INTERNAL_URL: z.url().optional().catch(undefined),
  /** Where uploaded images, films and captions are kept (lib/uploads): outside public/, served only through a check. */
  UPLOAD_DIR: z.string().trim().min(1).default('./data/uploads'),
  /** pino's level; unset means 'info', or 'silent' under Vitest so test output stays readable. */
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => value || undefined)
    .pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional())
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export const env: Env = envSchema.parse(process.env);

export type DatabaseEngine = 'sqlite' | 'postgresql';

export function databaseEngine(url: string = env.DATABASE_URL): DatabaseEngine {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
}

export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === 'production') {
    throw new Error('NEXTAUTH_SECRET saknas. Kör `npm run setup` eller sätt variabeln i miljön.');
  }
  return 'local-development-secret-not-for-production';
}

export const entraEnabled = Boolean(env.ENTRA_CLIENT_ID && env.ENTRA_CLIENT_SECRET && env.ENTRA_TENANT_ID);

/** This instance's own address for requests to itself; `next start` sets PORT once it listens. */
export function ownOrigin(): string {
  return env.PORTAL_INTERNAL_URL?.replace(/\/$/, '') ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
}
