'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { reviewExampleAction } from '@/lib/actions/examples';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';

/** A strategist's decision on one example: publish, ask for changes, or decline, with a comment. */
export function ReviewForm({ exampleId, title }: { exampleId: string; title: string }) {
  const [state, action, pending] = useActionState(reviewExampleAction, idle);
  const t = useTranslations('examples.reviewForm');
  return (
    <form action={action} className="mt-4 space-y-3" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="exampleId" value={exampleId} />
      <TextAreaField
        label={t('comment')}
        name="comment"
        id={`comment-${exampleId}`}
        rows={3}
        defaultValue={state.values?.comment}
        error={state.fieldErrors?.comment?.[0]}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="approve" className="btn-primary" disabled={pending}>
          {t('publish')}
          <span className="sr-only"> {title}</span>
        </button>
        <button type="submit" name="decision" value="changes" className="btn-secondary" disabled={pending}>
          {t('changes')}
          <span className="sr-only"> {t('changesIn', { title })}</span>
        </button>
        <button type="submit" name="decision" value="decline" className="btn-secondary" disabled={pending}>
          {t('decline')}
          <span className="sr-only"> {title}</span>
        </button>
      </div>
    </form>
  );
}
