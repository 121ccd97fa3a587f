'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { evaluateCourseAction } from '@/lib/actions/course-evaluations';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { describedBy, ErrorText, Hint, TextAreaField } from '@/components/ui/field';
import { keepValuesOnSubmit } from '@/components/team/keep-values';
import { COMMENT_MAX, RATINGS } from '@/lib/learning/evaluation';
import { formatCount } from '@/lib/numbers';

type Props = { courseId: string; courseSlug: string };

// Optional and anonymous: a rating with a word for every level, and a comment. After a refusal
// what was chosen and written stays, and focus moves to the message.
export function EvaluationForm({ courseId, courseSlug }: Props) {
  const t = useTranslations('course');
  const locale = useLocale();
  const [state, action, pending] = useActionState(evaluateCourseAction, idle);
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') message.current?.focus();
  }, [state]);
  if (state.status === 'success' || state.code === 'CONFLICT')
    return (
      <div ref={message} tabIndex={-1}>
        <Alert tone="success">{state.message}</Alert>
      </div>
    );
  const ratingError = state.fieldErrors?.rating?.[0];
  const commentError = state.fieldErrors?.comment?.[0];
  const ratingHint = t('ratingHint');
  return (
    <form
      action={action}
      onSubmit={keepValuesOnSubmit(action)}
      className="space-y-4"
      key={String(state.nonce ?? 0)}
      noValidate
    >
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="courseSlug" value={courseSlug} />
      {state.message ? (
        <div ref={message} tabIndex={-1}>
          <Alert tone="error">{state.message}</Alert>
        </div>
      ) : null}
      <fieldset
        aria-describedby={describedBy({ id: 'rating', hint: ratingHint, error: ratingError })}
        className="rounded border border-slate-300 p-3"
      >
        <legend className="px-1 font-medium">{t('ratingQuestion')}</legend>
        <Hint id="rating" hint={ratingHint} />
        <ul className="space-y-1">
          {RATINGS.map((rating) => (
            <li key={rating} className="flex items-center gap-2">
              <input
                type="radio"
                id={`rating-${rating}`}
                name="rating"
                value={rating}
                defaultChecked={state.values?.rating === String(rating)}
                className="size-4 shrink-0"
              />
              <label htmlFor={`rating-${rating}`}>
                {rating} – {t(`rating.${rating}`)}
              </label>
            </li>
          ))}
        </ul>
        <ErrorText id="rating" error={ratingError} />
      </fieldset>
      <TextAreaField
        label={t('commentLabel')}
        name="comment"
        id="evaluation-comment"
        hint={t('commentHint', { max: formatCount(COMMENT_MAX, locale) })}
        error={commentError}
        defaultValue={state.values?.comment}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('sending') : t('sendEvaluation')}
      </button>
    </form>
  );
}
