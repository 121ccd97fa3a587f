'use client';

import { startTransition } from 'react';

/**
 * React resets a form after its action runs, which would throw away a long selection of people
 * when the server points out one mistake. With JavaScript the submit is intercepted and the
 * action called directly (no reset); without it the form still posts to the same action.
 */
export function keepValuesOnSubmit(action: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };
}
