'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idle, type ActionState } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string | number>;
  label: string;
  danger?: boolean;
  cancelHref?: string;
};

/** One button that runs a Server Action (works without JavaScript); a refusal is shown inline. */
export function ConfirmForm({ action, fields, label, danger = false, cancelHref }: Props) {
  const t = useTranslations('editorGuides.confirm');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-4">
      {state.status === 'error' && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className={danger ? 'btn-primary bg-red-800 hover:bg-red-900' : 'btn-primary'}
        >
          {pending ? t('wait') : label}
        </button>
        {cancelHref ? <Link href={cancelHref}>{t('cancel')}</Link> : null}
      </div>
    </form>
  );
}
