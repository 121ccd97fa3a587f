'use client';

import { useRef, type RefObject } from 'react';

// The box "the English text matches the Swedish as it is now" of a plain form (the guide editor,
// the learning-path form): sent as `enUpToDate`, and unticked by typing in one of the Swedish
// fields, since the English must then be read against them again. Without JavaScript nothing
// unticks it, so the forms decide how it starts (lib/guides/translations.ts, lib/data/path-editor.ts).

/** The box's ref and the form's `onInput` that unticks it when one of `swedishFields` (by name) changes. */
export function useMatchesBox(swedishFields: ReadonlySet<string>) {
  const box = useRef<HTMLInputElement>(null);
  const onInput = (event: React.FormEvent<HTMLFormElement>) => {
    const field = event.target as HTMLInputElement;
    if (swedishFields.has(field.name) && box.current) box.current.checked = false;
  };
  return { box, onInput };
}

export function MatchesBox({
  box,
  label,
  defaultChecked,
}: {
  box: RefObject<HTMLInputElement | null>;
  label: string;
  defaultChecked: boolean;
}) {
  return (
    <label className="flex items-start gap-2">
      <input ref={box} type="checkbox" name="enUpToDate" className="mt-1" defaultChecked={defaultChecked} />
      <span>{label}</span>
    </label>
  );
}
