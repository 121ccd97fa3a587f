type Option = { value: string; label: string };
type Props = {
  legend: string;
  name: string;
  options: Option[];
  defaultChecked: string[];
  error?: string;
  hint?: string;
  columns?: boolean;
  /** The options' language when it is not the page's (guides' titles, written in Swedish). */
  optionLang?: string;
};

/** A fieldset of checkboxes; the error is tied to the group with aria-describedby. */
export function CheckboxGroup({
  legend,
  name,
  options,
  defaultChecked,
  error,
  hint,
  columns = true,
  optionLang,
}: Props) {
  const id = `guide-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="rounded border border-slate-300 p-4">
      <legend className="px-1 font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <ul className={columns ? 'grid gap-1 sm:grid-cols-2' : 'space-y-1'}>
        {options.map((o) => (
          <li key={o.value}>
            <label className="inline-flex items-start gap-2">
              <input
                type="checkbox"
                name={name}
                value={o.value}
                defaultChecked={defaultChecked.includes(o.value)}
                className="mt-1 size-4"
              />
              <span lang={optionLang}>{o.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
