import 'server-only';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { AuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import { db } from '@/lib/db';
import { authSecret, entraEnabled, env } from '@/lib/env';
import { clearFailures, minutesLocked, recordFailure } from '@/lib/data/login-attempts';
import { findActiveUserByEmail, getSessionUser } from '@/lib/data/session-user';
import { sendMail } from '@/lib/mail/send';
import { signInSchema } from '@/lib/validation/auth';
import { verifyPassword } from './password';
import { magicLinkMail } from './mails';

// Accounts are created by administrators (or the HR import), never by signing in: the adapter
// refuses to create users, and every provider only admits active people who already exist.
const adapter: Adapter = {
  ...(PrismaAdapter(db as never) as Adapter),
  createUser: async () => {
    throw new Error('Konton skapas av portalens administratör.');
  },
};

const LOCKED = (minutes: number) =>
  `För många misslyckade inloggningar. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen.`;
const WRONG = 'Fel e-postadress eller lösenord.';

export const authOptions: AuthOptions = {
  secret: authSecret(),
  adapter,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/logga-in', verifyRequest: '/logga-in/kolla-din-e-post', error: '/logga-in' },
  providers: [
    CredentialsProvider({
      id: 'password',
      name: 'E-post och lösenord',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new Error(WRONG);
        const { email, password } = parsed.data;
        const locked = await minutesLocked(email);
        if (locked > 0) throw new Error(LOCKED(locked));
        const user = await findActiveUserByEmail(email);
        const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
        if (!user || !ok) {
          await recordFailure(email);
          const nowLocked = await minutesLocked(email);
          throw new Error(nowLocked > 0 ? LOCKED(nowLocked) : WRONG);
        }
        await clearFailures(email);
        return { id: user.id };
      },
    }),
    EmailProvider({
      from: env.MAIL_FROM,
      maxAge: 30 * 60,
      async sendVerificationRequest({ identifier, url }) {
        await sendMail(magicLinkMail({ to: identifier, url }));
      },
    }),
    ...(entraEnabled
      ? [
          AzureADProvider({
            id: 'azure-ad',
            name: 'Microsoft Entra ID',
            clientId: env.ENTRA_CLIENT_ID!,
            clientSecret: env.ENTRA_CLIENT_SECRET!,
            tenantId: env.ENTRA_TENANT_ID!,
            // The organisation's own identity provider vouches for the address.
            allowDangerousEmailAccountLinking: true,
          }),
        ]
      : []),
  ],
  callbacks: {
    async signIn({ user, account, email }) {
      if (account?.provider === 'password') return true;
      const address = (user.email ?? '').toLowerCase();
      const existing = address ? await findActiveUserByEmail(address) : null;
      // Unknown addresses see the same "check your e-mail" page, so the form reveals nothing.
      if (email?.verificationRequest) return existing ? true : '/logga-in/kolla-din-e-post';
      return Boolean(existing);
    },
    async jwt({ token, user }) {
      if (user) {
        const current = await getSessionUser(user.id);
        if (current) {
          token.sub = current.id;
          token.name = current.name;
          token.email = current.email;
          token.role = current.role;
          token.audience = current.audience;
          token.organisationId = current.organisationId;
          token.unitId = current.unitId;
        }
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub ?? '',
        role: token.role,
        audience: token.audience,
        organisationId: token.organisationId,
        unitId: token.unitId ?? null,
      };
      return session;
    },
  },
};
