'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { openChecklistAction } from '@/lib/actions/checklist';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

type Option = { id: string; name: string; lang?: string };

/** Opens a checklist for an administration (or the whole organisation) from a published template. */
export function OpenChecklistForm({ templates, administrations }: { templates: Option[]; administrations: Option[] }) {
  const [state, action, pending] = useActionState(openChecklistAction, idle);
  const t = useTranslations('checklist');
  return (
    <form action={action} className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        {/* A template's title is long: the select may narrow below it on a phone instead of widening the page. */}
        <div className="min-w-0 max-w-full">
          <label htmlFor="open-template" className="mb-1 block font-medium">
            {t('open.template')}
          </label>
          <select id="open-template" name="templateId" className="max-w-full rounded border border-slate-400 px-3 py-2">
            {templates.map((template) => (
              <option key={template.id} value={template.id} lang={template.lang}>
                {template.name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor="open-unit" className="mb-1 block font-medium">
            {t('open.for')}
          </label>
          <select id="open-unit" name="unitId" className="max-w-full rounded border border-slate-400 px-3 py-2">
            <option value="">{t('switcher.whole')}</option>
            {administrations.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t('open.submit')}
        </button>
      </div>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
