type FieldProps = {
  label: string;
  name: string;
  id?: string;
  type?: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
};

/** A labelled input whose error and hint are tied to it with aria-describedby. */
export function Field({ label, name, id = name, type = 'text', error, hint, defaultValue, required, autoComplete }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700"
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
