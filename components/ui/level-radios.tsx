type Level = { score: number; label: string; description?: string };

/** One statement's choice of level: a radio per level, labelled "3 Delvis på plats". */
export function LevelRadios({
  field,
  levels,
  chosen,
  lang,
}: {
  field: string;
  levels: readonly Level[];
  chosen?: string;
  /** The levels' language, when it is not the page's. */
  lang?: string;
}) {
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
      {levels.map((level) => (
        <div key={level.score} className="flex items-start gap-2">
          <input
            type="radio"
            id={`${field}-${level.score}`}
            name={field}
            value={level.score}
            defaultChecked={chosen === String(level.score)}
            className="mt-1 size-4 shrink-0"
          />
          <label htmlFor={`${field}-${level.score}`} lang={lang}>
            {level.score} {level.label}
          </label>
        </div>
      ))}
    </div>
  );
}
