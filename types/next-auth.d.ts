import type { DefaultSession } from 'next-auth';

type Role = 'EMPLOYEE' | 'MANAGER' | 'STRATEGIST' | 'ADMIN';
type Audience = 'POLITICIAN' | 'MANAGER' | 'STRATEGIST' | 'EMPLOYEE';

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & {
      id: string;
      role?: Role;
      audience?: Audience;
      organisationId?: string;
      unitId: string | null;
    };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** The person's session version at sign-in (lib/auth/session-callbacks.ts). */
    sessionVersion?: number;
  }
}
