'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { removeRuleAction } from '@/lib/actions/rules';
import { idle } from '@/lib/actions/state';

export function RemoveRuleButton({ ruleId, description }: { ruleId: string; description: string }) {
  const [state, action, pending] = useActionState(removeRuleAction, idle);
  const t = useTranslations('rules');
  return (
    <form action={action}>
      <input type="hidden" name="ruleId" value={ruleId} />
      <button type="submit" className="btn-secondary px-3 py-1 text-sm" disabled={pending}>
        {t('remove')}
        <span className="sr-only"> {description}</span>
      </button>
      {state.status === 'error' ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
