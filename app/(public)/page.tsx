import Link from 'next/link';
import { loadPaths } from '@/lib/content/loader';
import { audienceToKey, audienceOrder } from '@/lib/audiences';
import { ExampleList } from '@/components/examples/example-list';
import { SearchBox } from '@/components/search/search-box';
import { latestGuides } from '@/lib/data/guides';
import { publicExamplesFor } from '@/lib/data/learning-examples';
import { log } from '@/lib/log';
import { counted } from '@/lib/counted';

// Prerendered; publishing guidance revalidates it (see app/(public)/vagledning/[slug]/page.tsx).
export const revalidate = 60;

const pathBlurbs: Record<string, string> = {
  politiker: 'Beslut, krav på resultat och CEMR-deklarationens handlingsplan.',
  chef: 'Förutsättningar för lärande: mötesstruktur, arbetstid och att gå före.',
  strateg: 'Analysera kompetensbehov, stötta chefer och följa upp.',
  medarbetare: 'Grunderna, stereotyper och jämställdhet i ditt vardagsarbete.',
};

export default async function StartPage() {
  const paths = loadPaths();
  const latest = await latestGuides(4).catch((error: unknown) => {
    // The start page still helps when the database is unreachable (or not migrated at build time).
    log.error({ err: error }, 'Senaste vägledningen kunde inte läsas');
    return [];
  });
  const examples = await publicExamplesFor([], 3).catch((error: unknown) => {
    log.error({ err: error }, 'Lärande exempel kunde inte läsas');
    return [];
  });
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro" className="rounded-xl bg-brand-50 p-8">
        <h1 id="intro" className="text-4xl font-bold tracking-tight text-brand-900">
          Kompetens för jämställd verksamhet
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">
          Jämställdhetsportalen hjälper förtroendevalda, chefer, strateger och medarbetare i kommuner och regioner att
          arbeta med jämställdhetsintegrering. Här finns vägledning, korta kurser för din roll och en checklista för
          CEMR-deklarationens artikel 6 om stereotyper.
        </p>
        <div className="mt-6 max-w-xl">
          <SearchBox id="sok-start" landmark="Sök på startsidan" />
        </div>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/larvagar" className="btn-primary no-underline hover:text-white">
            Hitta din lärväg
          </Link>
          <Link href="/vagledning" className="btn-secondary no-underline">
            Läs vägledningen
          </Link>
        </div>
      </section>

      <section aria-labelledby="paths-heading">
        <h2 id="paths-heading" className="mb-4 text-2xl font-semibold">
          Fyra lärvägar
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {audienceOrder.map((audience) => {
            const key = audienceToKey[audience];
            const path = paths.find((p) => p.slug === key);
            return (
              <li key={key} className="rounded-lg border border-slate-200 p-5">
                <h3 className="text-lg font-semibold">
                  <Link href={`/larvagar/${key}`}>{path?.data.title ?? key}</Link>
                </h3>
                <p className="mt-2 text-slate-700">{pathBlurbs[key]}</p>
                {path ? (
                  <p className="mt-2 text-sm text-slate-600">{counted(path.data.courses.length, 'kurs', 'kurser')}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 text-2xl font-semibold">
          Senaste vägledningen
        </h2>
        {latest.length === 0 ? <p>Ingen vägledning är publicerad ännu.</p> : null}
        <ul className="grid gap-4 md:grid-cols-2">
          {latest.map((guide) => (
            <li key={guide.slug} className="rounded-lg border border-slate-200 p-5">
              <h3 className="font-semibold">
                <Link href={`/vagledning/${guide.slug}`}>{guide.title}</Link>
              </h3>
              <p className="mt-2 text-slate-700">{guide.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      {examples.length > 0 ? (
        <section aria-labelledby="examples-heading">
          <h2 id="examples-heading" className="mb-4 text-2xl font-semibold">
            Så gjorde andra
          </h2>
          <ExampleList examples={examples} headingLevel={3} />
          <p className="mt-4">
            <Link href="/exempel">Alla lärande exempel</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
