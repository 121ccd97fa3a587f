import { ErrorText, Hint, describedBy } from './field';

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
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ''}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, hint, error })}
        className="w-full rounded border border-slate-400 bg-white px-3 py-2 aria-invalid:border-red-700"
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={id} error={error} />
    </div>
  );
}
