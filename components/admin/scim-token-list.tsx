'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TableRegion } from '@/components/ui/table-region';
import { revokeScimTokenAction } from '@/lib/actions/scim';
import { idle } from '@/lib/actions/state';
import type { ScimTokenRow } from '@/lib/data/scim-tokens';
import { formatDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';

function Revoke({ token }: { token: ScimTokenRow }) {
  const t = useTranslations('adminRecords.scim');
  const [state, revoke, pending] = useActionState(revokeScimTokenAction, idle);
  return (
    <form action={revoke}>
      {state.status === 'error' && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={token.id} />
      <button
        type="submit"
        className="btn-secondary"
        disabled={pending}
        aria-label={t('revokeLabel', { name: token.name })}
      >
        {pending ? t('revoking') : t('revoke')}
      </button>
    </form>
  );
}

/** The organisation's tokens: when each was made and last used, and a way to revoke those in use. */
export function ScimTokenList({ tokens }: { tokens: ScimTokenRow[] }) {
  const t = useTranslations('adminRecords.scim');
  const locale = useLocale() as Locale;
  if (tokens.length === 0) return <p className="text-slate-700">{t('noTokens')}</p>;
  return (
    <TableRegion label={t('tokensCaption')}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-900">{t('tokensCaption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('name')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('created')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('lastUsed')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('status')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {token.name}
              </th>
              <td className="py-2 pr-4">{formatDateTime(token.createdAt, locale)}</td>
              <td className="py-2 pr-4">{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('never')}</td>
              <td className="py-2 pr-4">
                {token.revokedAt ? (
                  t('revokedOn', { time: formatDateTime(token.revokedAt, locale) })
                ) : (
                  <Revoke token={token} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
