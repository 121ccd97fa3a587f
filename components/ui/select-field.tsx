import { FieldFrame, describedControl } from './field';

/** `lang` marks an option written in another language than the page. */
type Option = { value: string; label: string; lang?: string };

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
export function SelectField({
  label,
  name,
  id = name,
  options,
  emptyLabel,
  error,
  hint,
  defaultValue,
  required,
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        {...describedControl({ id, hint, error })}
        name={name}
        defaultValue={defaultValue ?? ''}
        required={required}
        className="w-full rounded border border-slate-400 bg-white px-3 py-2 aria-invalid:border-red-700"
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
