import 'server-only';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { AuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import { db } from '@/lib/db';
import { authSecret, entraEnabled, env } from '@/lib/env';
import { beginSignInAttempt, signInSucceeded } from '@/lib/data/login-attempts';
import { findActiveUserByEmail } from '@/lib/data/session-user';
import { signInSchema } from '@/lib/validation/auth';
import { clientAddress } from './client-address';
import { checkPassword, guardSignIn, SignInFailure } from './credentials';
import { nextAuthLogger } from './next-auth-logger';
import { installationEntraSignIn, isOrgProvider, orgSignIn } from './org-providers';
import { safeCallbackUrl } from './redirect';
import { lockedCode, WRONG_CREDENTIALS } from './sign-in-errors';
import { jwtCallback, sessionCallback, signOutEvent } from './session-callbacks';
import { normalizeLinkAddress, sendSignInLink } from './sign-in-link';

// Accounts are created by administrators (or the HR import), never by signing in: the adapter
// refuses to create users, and every provider only admits active people who already exist.
const adapter: Adapter = {
  ...(PrismaAdapter(db as never) as Adapter),
  createUser: async () => {
    throw new Error('Konton skapas av portalens administratör.');
  },
  // sendSignInLink stores a link's token itself, only when it mails the link (lib/auth/sign-in-link.ts).
  createVerificationToken: async (token) => token,
};

// authorize throws codes (lib/auth/sign-in-errors.ts); the form shows the Swedish sentence for each.
const LOCKED = (minutes: number) => new SignInFailure(lockedCode(minutes));
const WRONG = () => new SignInFailure(WRONG_CREDENTIALS);

export const authOptions: AuthOptions = {
  secret: authSecret(),
  adapter,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/logga-in', verifyRequest: '/logga-in/kolla-din-e-post', error: '/logga-in' },
  logger: nextAuthLogger,
  providers: [
    CredentialsProvider({
      id: 'password',
      name: 'E-post och lösenord',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      authorize: (raw, req) =>
        guardSignIn(async () => {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw WRONG();
          const { email, password } = parsed.data;
          // Counted before the password is checked (lib/data/login-attempts.ts), so a burst cannot outrun the lock.
          const who = { email, client: clientAddress(req?.headers, env.TRUSTED_PROXIES) };
          const attempt = await beginSignInAttempt(who);
          if (attempt.lockedMinutes > 0) throw LOCKED(attempt.lockedMinutes);
          const user = await checkPassword(email, password);
          if (!user) throw attempt.lockedIfWrong > 0 ? LOCKED(attempt.lockedIfWrong) : WRONG();
          await signInSucceeded(who);
          return { id: user.id };
        }),
    }),
    EmailProvider({
      from: env.MAIL_FROM,
      maxAge: 30 * 60,
      normalizeIdentifier: normalizeLinkAddress,
      sendVerificationRequest: sendSignInLink,
    }),
    ...(entraEnabled
      ? [
          AzureADProvider({
            id: 'azure-ad',
            name: 'Microsoft Entra ID',
            clientId: env.ENTRA_CLIENT_ID!,
            clientSecret: env.ENTRA_CLIENT_SECRET!,
            tenantId: env.ENTRA_TENANT_ID!,
            // Bound by installationEntraSignIn (verified address, host organisation), never by next-auth.
            allowDangerousEmailAccountLinking: false,
          }),
        ]
      : []),
  ],
  callbacks: {
    async signIn({ user, account, email, profile }) {
      if (account?.provider === 'password') return true;
      if (account && isOrgProvider(account.provider)) return orgSignIn(account, profile);
      if (account?.provider === 'azure-ad') return installationEntraSignIn(account, profile);
      // Every address gets the same answer; sendSignInLink mails only active accounts.
      if (email?.verificationRequest) return true;
      const address = (user.email ?? '').toLowerCase();
      return Boolean(address && (await findActiveUserByEmail(address)));
    },
    // Same-origin paths only, by the one rule; never throws, whatever was posted.
    redirect: ({ url }) => safeCallbackUrl(url, env.NEXTAUTH_URL),
    // The token carries the session version; every read checks it (lib/auth/session-callbacks.ts).
    jwt: jwtCallback,
    session: sessionCallback,
  },
  events: { signOut: signOutEvent },
};
