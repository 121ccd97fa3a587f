type Option = { value: string; label: string };

type SelectFieldProps = {
  label: string;
  name: string;
  id?: string;
  options: readonly Option[];
  /** First option with an empty value, e.g. "Ingen enhet" or "Alla". */
  emptyLabel?: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
};

/** A labelled select whose error and hint are tied to it with aria-describedby (like Field). */
export function SelectField({ label, name, id = name, options, emptyLabel, error, hint, defaultValue, required }: SelectFieldProps) {
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
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ''}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded border border-slate-400 bg-white px-3 py-2 aria-invalid:border-red-700"
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
