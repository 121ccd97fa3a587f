// Labelled form controls whose hint and error are tied to them with aria-describedby. Every form
// builds on these pieces, so labels, hints and errors look and read the same everywhere.
import type { ReactNode } from 'react';

type Described = { id: string; hint?: string; error?: string };

export const describedBy = ({ id, hint, error }: Described) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/** The attributes every control with a hint or an error carries: its id, invalid state and descriptions. */
export const describedControl = (d: Described) => ({
  id: d.id,
  'aria-invalid': d.error ? true : undefined,
  'aria-describedby': describedBy(d),
});

export function Hint({ id, hint }: Pick<Described, 'id' | 'hint'>) {
  return hint ? (
    <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}

export function ErrorText({ id, error }: Pick<Described, 'id' | 'error'>) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;
}

/** Label, hint, the control (with describedControl) and its error, in that order. */
export function FieldFrame({ id, label, hint, error, children }: Described & { label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      {children}
      <ErrorText id={id} error={error} />
    </div>
  );
}

type FieldProps = {
  label: string;
  name: string;
  id?: string;
  type?: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  readOnly?: boolean;
  autoComplete?: string;
  /** The language of what is typed, where it is not the page's (an English text on a Swedish page). */
  lang?: string;
};

/** A labelled input. */
export function Field({
  label,
  name,
  id = name,
  type = 'text',
  error,
  hint,
  defaultValue,
  required,
  readOnly,
  autoComplete,
  lang,
}: FieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        {...describedControl({ id, hint, error })}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        readOnly={readOnly}
        autoComplete={autoComplete}
        lang={lang}
        className="w-full rounded border border-slate-400 px-3 py-2 read-only:bg-slate-100 aria-invalid:border-red-700"
      />
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<FieldProps, 'type' | 'readOnly' | 'autoComplete'> & { rows?: number };

/** A labelled textarea. */
export function TextAreaField({
  label,
  name,
  id = name,
  rows = 4,
  error,
  hint,
  defaultValue,
  required,
  lang,
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        {...describedControl({ id, hint, error })}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        lang={lang}
        className="w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700"
      />
    </FieldFrame>
  );
}
