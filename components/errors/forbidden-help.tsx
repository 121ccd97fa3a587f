'use client';

import { useSession } from 'next-auth/react';
import { useTranslations } from 'next-intl';

// Who is refused decides who can help: an employee asks their manager, a manager the
// administrator, and an administrator (who holds every permission) was refused by a rule about
// the record itself, which another administrator can look into. Chosen in the browser from the
// session, because the 403 page is part of every route: reading the session on the server there
// would make every page of the portal dynamic (no prerendered guidance, no page cache).
export function ForbiddenHelp() {
  const t = useTranslations('errors');
  const { data } = useSession();
  const role = data?.user?.role;
  const text =
    role === 'ADMIN'
      ? t('forbiddenAdminText')
      : role === 'MANAGER' || role === 'STRATEGIST'
        ? t('forbiddenManagerText')
        : t('forbiddenText');
  return <p className="mb-6">{text}</p>;
}
