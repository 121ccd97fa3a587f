'use client';

import { useActionState } from 'react';
import { openChecklistAction } from '@/lib/actions/checklist';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

type Option = { id: string; name: string };

/** Opens a checklist for an administration (or the whole organisation) from a published template. */
export function OpenChecklistForm({ templates, administrations }: { templates: Option[]; administrations: Option[] }) {
  const [state, action, pending] = useActionState(openChecklistAction, idle);
  return (
    <form action={action} className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        {/* A template's title is long: the select may narrow below it on a phone instead of widening the page. */}
        <div className="min-w-0 max-w-full">
          <label htmlFor="open-template" className="mb-1 block font-medium">
            Mall
          </label>
          <select id="open-template" name="templateId" className="max-w-full rounded border border-slate-400 px-3 py-2">
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor="open-unit" className="mb-1 block font-medium">
            För
          </label>
          <select id="open-unit" name="unitId" className="max-w-full rounded border border-slate-400 px-3 py-2">
            <option value="">Hela organisationen</option>
            {administrations.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary" disabled={pending}>
          Öppna checklistan
        </button>
      </div>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
