'use client';

import { describedBy, describedControl, ErrorText } from '@/components/ui/field';

type TextInputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: string;
  error?: string;
  /** The language of the text written in the field, where it is not the page's. */
  lang?: string;
};

export function TextInput({ id, label, value, onChange, multiline, type = 'text', error, lang }: TextInputProps) {
  const className = 'w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700';
  const control = { ...describedControl({ id, error }), lang };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea
          {...control}
          rows={6}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={`${className} font-mono text-sm`}
        />
      ) : (
        <input
          {...control}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={className}
        />
      )}
      <ErrorText id={id} error={error} />
    </div>
  );
}

type CheckboxGroupProps = {
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
};

export function CheckboxGroup({ id, legend, options, value, onChange, error }: CheckboxGroupProps) {
  return (
    // The error summary links here, so the group can take focus.
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy({ id, error })}>
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            {o.label}
          </label>
        ))}
      </div>
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}
