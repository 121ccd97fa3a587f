'use client';

type TextInputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: string;
};

export function TextInput({ id, label, value, onChange, multiline, type = 'text' }: TextInputProps) {
  const className = 'w-full rounded border border-slate-400 px-3 py-2';
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          rows={6}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={`${className} font-mono text-sm`}
        />
      ) : (
        <input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} className={className} />
      )}
    </div>
  );
}

type CheckboxGroupProps = {
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
};

export function CheckboxGroup({ legend, options, value, onChange }: CheckboxGroupProps) {
  return (
    <fieldset>
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
    </fieldset>
  );
}
