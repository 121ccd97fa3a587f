'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { addCommentAction } from '@/lib/actions/checklist';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';

export function CommentForm({ checklistId, itemKey }: { checklistId: string; itemKey: string }) {
  const [state, action, pending] = useActionState(addCommentAction, idle);
  const t = useTranslations('checklist.form');
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <form key={state.nonce ?? 'first'} action={action} className="max-w-2xl space-y-3" noValidate>
        <input type="hidden" name="checklistId" value={checklistId} />
        <input type="hidden" name="itemKey" value={itemKey} />
        <TextAreaField
          id="comment"
          name="text"
          label={t('commentLabel')}
          hint={t('commentHint')}
          rows={3}
          defaultValue={state.values?.text}
          error={state.fieldErrors?.text?.[0]}
        />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t('addComment')}
        </button>
      </form>
    </div>
  );
}
