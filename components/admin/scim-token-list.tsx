'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TableRegion } from '@/components/ui/table-region';
import { revokeScimTokenAction } from '@/lib/actions/scim';
import { idle } from '@/lib/actions/state';
import type { ScimTokenRow } from '@/lib/data/scim-tokens';
import { formatDateTime } from '@/lib/dates';

function Revoke({ token }: { token: ScimTokenRow }) {
  const [state, revoke, pending] = useActionState(revokeScimTokenAction, idle);
  return (
    <form action={revoke}>
      {state.status === 'error' && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={token.id} />
      <button type="submit" className="btn-secondary" disabled={pending} aria-label={`Återkalla ${token.name}`}>
        {pending ? 'Återkallar …' : 'Återkalla'}
      </button>
    </form>
  );
}

/** The organisation's tokens: when each was made and last used, and a way to revoke those in use. */
export function ScimTokenList({ tokens }: { tokens: ScimTokenRow[] }) {
  if (tokens.length === 0) return <p className="text-slate-700">Det finns inga nycklar ännu.</p>;
  return (
    <TableRegion label="Nycklar för provisionering">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-900">Nycklar för provisionering</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Namn
            </th>
            <th scope="col" className="py-2 pr-4">
              Skapad
            </th>
            <th scope="col" className="py-2 pr-4">
              Senast använd
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {t.name}
              </th>
              <td className="py-2 pr-4">{formatDateTime(t.createdAt)}</td>
              <td className="py-2 pr-4">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Aldrig'}</td>
              <td className="py-2 pr-4">
                {t.revokedAt ? `Återkallad ${formatDateTime(t.revokedAt)}` : <Revoke token={t} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
