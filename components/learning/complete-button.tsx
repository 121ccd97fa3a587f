'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { completeLessonAction } from '@/lib/actions/learning';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { LessonFields, type LessonFieldsProps } from './lesson-fields';

// The button goes once the lesson is done, so focus would fall back to the top of the page: it
// moves to the message instead, which also says what comes next.
export function CompleteButton({ done, ...ref }: LessonFieldsProps & { done: boolean }) {
  const t = useTranslations('course');
  const [state, action, pending] = useActionState(completeLessonAction, idle);
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') message.current?.focus();
  }, [state]);
  return (
    <form action={action} className="space-y-3">
      <LessonFields {...ref} />
      {state.message ? (
        <div ref={message} tabIndex={-1}>
          <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert>
        </div>
      ) : null}
      {done || state.status === 'success' ? (
        <p className="font-medium text-green-900">{t('lessonComplete')}</p>
      ) : (
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? t('saving') : t('markDone')}
        </button>
      )}
    </form>
  );
}
