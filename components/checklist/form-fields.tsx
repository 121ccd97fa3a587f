// Labelled form controls whose hint and error are tied to them with aria-describedby.
type Common = { id: string; label: string; hint?: string; error?: string };

export const describedBy = ({ id, hint, error }: Common) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

export function Hint({ id, hint }: Pick<Common, 'id' | 'hint'>) {
  return hint ? (
    <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}

export function ErrorText({ id, error }: Pick<Common, 'id' | 'error'>) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;
}

export function TextArea(props: Common & { name: string; defaultValue?: string; rows?: number; maxLength?: number; required?: boolean }) {
  return (
    <div>
      <label htmlFor={props.id} className="mb-1 block font-medium">
        {props.label}
      </label>
      <Hint id={props.id} hint={props.hint} />
      <textarea
        id={props.id}
        name={props.name}
        rows={props.rows ?? 4}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        className="w-full rounded border border-slate-400 p-2 aria-invalid:border-red-700"
      />
      <ErrorText id={props.id} error={props.error} />
    </div>
  );
}

export function TextInput(props: Common & { name: string; type?: string; defaultValue?: string; required?: boolean; readOnly?: boolean }) {
  return (
    <div>
      <label htmlFor={props.id} className="mb-1 block font-medium">
        {props.label}
      </label>
      <Hint id={props.id} hint={props.hint} />
      <input
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.defaultValue}
        required={props.required}
        readOnly={props.readOnly}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        className="w-full rounded border border-slate-400 px-3 py-2 read-only:bg-slate-100 aria-invalid:border-red-700"
      />
      <ErrorText id={props.id} error={props.error} />
    </div>
  );
}
