import { useTranslations } from 'next-intl';
import type { SessionUser } from '@/lib/data/session-user';

// The role and the audience are two different things that both read like job titles: each says
// in a line what it decides, so nobody wonders why they are "Strateg" in one and "Chef" in the other.

/**
 * What the portal holds on the signed-in person's account, as shown on /min-sida and /konto. A long
 * one-word unit name ("Kommunledningsförvaltningen") or address breaks rather than widening the
 * page past a phone's width (as in components/editor/revision-diff.tsx).
 */
export function PersonDetails({
  me,
}: {
  me: Pick<SessionUser, 'email' | 'organisationName' | 'unitName' | 'role' | 'audience'>;
}) {
  const t = useTranslations('account');
  const labels = useTranslations('labels');
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-medium">{t('email')}</dt>
      <dd className="min-w-0 [overflow-wrap:anywhere]">{me.email}</dd>
      <dt className="font-medium">{t('organisation')}</dt>
      <dd className="min-w-0 [overflow-wrap:anywhere]">{me.organisationName}</dd>
      <dt className="font-medium">{t('unit')}</dt>
      <dd className="min-w-0 [overflow-wrap:anywhere]">{me.unitName ?? t('noUnit')}</dd>
      <dt className="font-medium">{t('role')}</dt>
      <dd>
        {labels(`role.${me.role}`)}
        <span className="block text-sm text-slate-600">
          {t('roleHint')} {t(`roleMeans.${me.role}`)}
        </span>
      </dd>
      <dt className="font-medium">{t('audience')}</dt>
      <dd>
        {labels(`audience.${me.audience}`)}
        <span className="block text-sm text-slate-600">{t('audienceHint')}</span>
      </dd>
    </dl>
  );
}
