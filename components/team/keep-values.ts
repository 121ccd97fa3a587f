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

/**
 * The values a refused form sent (the action's state.values), as defaults for the fields drawn
 * again: `value` for one field, `ticked` for one box of a list (sent comma-joined).
 */
export function sentDefaults(sent: Record<string, string> | undefined) {
  return {
    value: (name: string, fallback = '') => sent?.[name] ?? fallback,
    ticked: (name: string, id: string, fallback = false) =>
      sent ? (sent[name] ?? '').split(',').includes(id) : fallback,
  };
}
