'use client';

import { useActionState } from 'react';
import { completeLessonAction } from '@/lib/actions/learning';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { LessonFields, type LessonFieldsProps } from './lesson-fields';

export function CompleteButton({ done, ...ref }: LessonFieldsProps & { done: boolean }) {
  const [state, action, pending] = useActionState(completeLessonAction, idle);
  return (
    <form action={action} className="space-y-3">
      <LessonFields {...ref} />
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      {done || state.status === 'success' ? (
        <p className="font-medium text-green-900">Du har gjort klart den här lektionen.</p>
      ) : (
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? 'Sparar …' : 'Markera som klar'}
        </button>
      )}
    </form>
  );
}
