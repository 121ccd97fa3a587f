'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { publishTemplateAction, restoreTemplateRevisionAction } from '@/lib/actions/checklist-templates';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

type Ref = { templateId: string; version: number; number: number };

function Hidden({ templateId, version, number }: Ref) {
  return (
    <>
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="number" value={number} />
    </>
  );
}

export function PublishForm(props: Ref) {
  const [state, action, pending] = useActionState(publishTemplateAction, idle);
  const t = useTranslations('editorTemplates');
  return (
    <form action={action} className="space-y-2">
      <Hidden {...props} />
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('template.publish', { number: String(props.number) })}
      </button>
    </form>
  );
}

export function RestoreForm(props: Ref) {
  const [state, action, pending] = useActionState(restoreTemplateRevisionAction, idle);
  const t = useTranslations('editorTemplates');
  return (
    <form action={action}>
      <Hidden {...props} />
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <button type="submit" className="text-brand-700 underline" disabled={pending}>
        {t('revisions.restoreVersion', { number: String(props.number) })}
      </button>
    </form>
  );
}
