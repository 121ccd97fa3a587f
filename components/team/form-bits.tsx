// Small pieces shared by the assignment and rule forms: an error line tied to its field, and the
// one select that lists learning paths and courses together.
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {error}
    </p>
  );
}

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export type AssignableOptions = {
  paths: { id: string; title: string; courseCount: number }[];
  courses: { id: string; title: string }[];
};

export function ItemSelect({
  items,
  error,
  defaultItem = '',
}: {
  items: AssignableOptions;
  error?: string;
  /** "course:<id>" or "path:<id>" to start from (giving a withdrawn course again). */
  defaultItem?: string;
}) {
  return (
    <div>
      <label htmlFor="item" className="mb-1 block font-medium">
        Kurs eller lärväg
      </label>
      <select
        id="item"
        name="item"
        required
        defaultValue={defaultItem}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && 'item-error')}
        className="w-full max-w-xl rounded border border-slate-400 px-3 py-2"
      >
        <option value="" disabled>
          Välj en kurs eller lärväg
        </option>
        <optgroup label="Lärvägar (alla kurser i lärvägen)">
          {items.paths.map((p) => (
            <option key={p.id} value={`path:${p.id}`}>
              {p.title} ({p.courseCount} kurser)
            </option>
          ))}
        </optgroup>
        <optgroup label="Kurser">
          {items.courses.map((c) => (
            <option key={c.id} value={`course:${c.id}`}>
              {c.title}
            </option>
          ))}
        </optgroup>
      </select>
      <FieldError id="item-error" error={error} />
    </div>
  );
}

export const inputClass = 'w-full max-w-xl rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700';
