import Link from 'next/link';
import { formatScore } from './format';

type Need = {
  key: string;
  title: string;
  mean: number | null;
  units: { key: string; label: string; mean: number }[];
  course: { slug: string; title: string } | null;
};
type Props = { needs: Need[]; canAssign: boolean; canPlan: boolean };

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;

/** The rule form with the course and the unit already chosen (the manager still decides and saves). */
const ruleHref = (slug: string, unitId?: string) =>
  `/chef/regler?kurs=${encodeURIComponent(slug)}${unitId ? `&enhet=${encodeURIComponent(unitId)}` : ''}#ny-regel`;

const unitText = (u: { label: string; mean: number }) => `${u.label} (${formatScore(u.mean)})`;

/** The largest needs in plain words, with what can be done about them. */
export function NeedsSummary({ needs, canAssign, canPlan }: Props) {
  return (
    <section aria-labelledby="largest-needs" className="mb-10 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="largest-needs" className="text-xl font-semibold">
        Störst behov
      </h2>
      {needs.length === 0 ? (
        <p className="mt-2">
          Det går inte att säga än: för få har svarat på självskattningen för att ett medelvärde ska kunna visas.
        </p>
      ) : (
        needs.map((need) => (
          <div key={need.key} className="mt-3 space-y-2">
            <p>
              Lägst skattning har området <strong>{need.title}</strong>
              {need.mean !== null ? `, med ${formatScore(need.mean)} i snitt på en skala från 1 till 4` : ''}.
              {need.units.length > 0 ? ` Lägst är det i ${list(need.units.map(unitText))}.` : null}
            </p>
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {need.course ? (
                <li>
                  <Link href={`/kurser/${need.course.slug}`}>Kursen {need.course.title}</Link>
                </li>
              ) : null}
              {canAssign && need.course
                ? (need.units.length > 0 ? need.units : [null]).map((unit) => (
                    <li key={unit?.key ?? 'all'}>
                      <Link href={ruleHref(need.course!.slug, unit?.key)}>
                        Tilldela kursen {need.course!.title}
                        {unit ? ` till ${unit.label}` : ''}
                      </Link>
                    </li>
                  ))
                : null}
              {canPlan ? (
                <li>
                  <Link href="/chef/traffar/ny">Planera en gruppträff om {need.title}</Link>
                </li>
              ) : null}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
