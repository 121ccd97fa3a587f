import type { ScoreTemplate } from '@/lib/checklist/score';

/** The four levels in words, once above the form. */
export function ScoreScale({ scale }: { scale: NonNullable<ScoreTemplate['scale']> }) {
  return (
    <section aria-labelledby="scale-heading" className="mb-8 rounded-lg bg-slate-50 p-4">
      <h2 id="scale-heading" className="text-lg font-semibold">
        Nivåerna
      </h2>
      <dl className="mt-2 grid gap-3 sm:grid-cols-2">
        {scale.map((level) => (
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
