'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createCourseAction } from '@/lib/actions/course-editor';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';

export function NewCourseForm() {
  const [state, action, pending] = useActionState(createCourseAction, idle);
  const t = useTranslations('editorLearning.newCourse');
  return (
    <form action={action} className="max-w-xl space-y-3">
      <Field label={t('title')} name="title" id="new-title" error={state.fieldErrors?.title?.[0]} />
      <Field label={t('summary')} name="summary" id="new-summary" error={state.fieldErrors?.summary?.[0]} />
      {state.status === 'error' && !state.fieldErrors ? <Alert tone="error">{state.message}</Alert> : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
