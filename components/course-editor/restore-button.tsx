'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { restoreCourseAction } from '@/lib/actions/course-editor';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

export function RestoreButton({
  courseId,
  revisionId,
  version,
  number,
}: {
  courseId: string;
  revisionId: string;
  version: number;
  number: number;
}) {
  const [state, action, pending] = useActionState(restoreCourseAction, idle);
  const t = useTranslations('editorLearning.history');
  return (
    <form action={action}>
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t('restore', { number: String(number) })}
      </button>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
    </form>
  );
}
