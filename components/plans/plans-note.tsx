import Link from 'next/link';

/** For the politicians' learning path: where to follow up what they decided about training. */
export function PlansNote() {
  return (
    <section aria-labelledby="plans-note" className="mt-6 border-t border-slate-200 pt-4">
      <h3 id="plans-note" className="mb-1 font-semibold">
        Följ upp era beslut
      </h3>
      <p className="text-sm">
        Varje förvaltning har en kompetensplan med den tid och de pengar ni har beslutat om, målen och hur långt
        förvaltningen har kommit, för kvinnor och män.
      </p>
      <p className="mt-2 text-sm">
        <Link href="/kompetensplaner">Se kompetensplanerna</Link>
      </p>
    </section>
  );
}
