type Level = { score: number; label: string; description: string };

/** A 1–4 scale in words, once above a form that asks for it (self-assessments of people and of administrations). */
export function LevelScale({ levels, heading, lang }: { levels: readonly Level[]; heading: string; lang?: string }) {
  return (
    <section aria-labelledby="levels-heading" className="my-6 rounded-lg bg-slate-50 p-4">
      <h2 id="levels-heading" className="mb-2 text-lg font-semibold">
        {heading}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2" lang={lang}>
        {levels.map((level) => (
          <div key={level.score}>
            <dt className="font-medium">
              {level.score} {level.label}
            </dt>
            <dd className="text-slate-700">{level.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
