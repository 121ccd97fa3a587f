import type { GuideConflict } from '@/lib/actions/guides';
import { formatDateTime } from '@/lib/dates';
import { TextDiff } from './text-diff';

/**
 * Shown when someone else saved the page first. The editor's text stays in the form below; they
 * can compare, then either copy what they need into a fresh copy of the page or save their version
 * on top (the other person's version stays in the history).
 */
export function ConflictPanel({ conflict, pageId }: { conflict: GuideConflict; pageId: string }) {
  return (
    <section
      aria-labelledby="conflict-heading"
      className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-900"
    >
      <h2 id="conflict-heading" className="mb-2 text-lg font-semibold">
        Sidan har ändrats medan du skrev
      </h2>
      <p className="mb-3">
        {conflict.authorName} sparade en ny version {formatDateTime(new Date(conflict.savedAt))}. Din text är inte
        sparad, men den finns kvar i formuläret nedan. Så här skiljer sig din text från den sparade (tillagt är det du
        har skrivit):
      </p>
      <TextDiff blocks={conflict.blocks} />
      <p className="mt-3">Du kan:</p>
      <ul className="mb-3 list-disc pl-6">
        <li>
          <a href={`/redaktion/vagledning/${pageId}`} target="_blank" rel="noopener">
            öppna den sparade versionen i en ny flik
          </a>{' '}
          och föra över dina ändringar dit, eller
        </li>
        <li>spara din version ovanpå. Den andra versionen finns då kvar i historiken och kan återställas.</li>
      </ul>
      <button type="submit" name="forceVersion" value={conflict.version} className="btn-secondary">
        Spara min version ändå
      </button>
    </section>
  );
}
