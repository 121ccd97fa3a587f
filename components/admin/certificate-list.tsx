'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { revokeCertificateAction } from '@/lib/actions/certificates';
import { idle, type ActionState } from '@/lib/actions/state';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { REVOKE_REASON_MAX } from '@/lib/validation/certificates';

export type AdminCertificate = {
  kind: 'course' | 'path';
  id: string;
  title: string;
  completedAt: Date;
  certificateNo: string;
  revokedAt: Date | null;
};

/**
 * A person's certificates, each with a way to revoke it inside a disclosure (native <details>, so
 * it opens without JavaScript). One state for the list: the answer stays above it after a revoke.
 */
export function CertificateList({ name, certificates }: { name: string; certificates: AdminCertificate[] }) {
  const [state, revoke, pending] = useActionState(revokeCertificateAction, idle);
  const t = useTranslations('adminPeople.certificates');
  const locale = useLocale() as Locale;
  if (certificates.length === 0) return <p className="text-slate-700">{t('none', { name })}</p>;
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <ul className="space-y-2">
        {certificates.map((c) => (
          <li key={`${c.kind}-${c.id}`} className="rounded border border-slate-300 p-3">
            <p className="font-medium">{t(c.kind === 'path' ? 'path' : 'course', { title: c.title })}</p>
            <p className="text-sm text-slate-700">
              {t('completed', { date: formatDay(c.completedAt, locale) })} ·{' '}
              <span className="break-all">{c.certificateNo}</span>
            </p>
            {c.revokedAt ? (
              <p className="text-sm font-medium">{t('revoked', { date: formatDay(c.revokedAt, locale) })}</p>
            ) : (
              <RevokeForm
                certificate={c}
                action={revoke}
                pending={pending}
                state={state.values?.id === c.id && state.values?.kind === c.kind ? state : idle}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

type RevokeProps = {
  certificate: AdminCertificate;
  action: (form: FormData) => void;
  pending: boolean;
  state: ActionState;
};

function RevokeForm({ certificate, action, pending, state }: RevokeProps) {
  const error = state.status === 'error' ? state.fieldErrors?.reason?.[0] : undefined;
  const t = useTranslations('adminPeople.certificates');
  return (
    <details className="mt-2" open={error ? true : undefined}>
      <summary className="cursor-pointer text-sm">
        {t.rich('revokeFor', {
          title: certificate.title,
          sr: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </summary>
      <form action={action} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="kind" value={certificate.kind} />
        <input type="hidden" name="id" value={certificate.id} />
        <TextAreaField
          id={`revoke-${certificate.kind}-${certificate.id}`}
          name="reason"
          label={t('reason')}
          hint={t('reasonHint', { max: REVOKE_REASON_MAX })}
          rows={2}
          required
          error={error}
          defaultValue={state.values?.reason ?? ''}
        />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? t('revoking') : t('revoke')}
        </button>
      </form>
    </details>
  );
}
