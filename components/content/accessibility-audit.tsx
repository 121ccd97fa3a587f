import { accessibilityAudit as audit, axePageCount } from '@/lib/accessibility/audit';
import { formatDay } from '@/lib/dates';

// The generated parts of the accessibility statement. They come from lib/accessibility/audit.ts,
// which a unit test compares with the end-to-end specs, so the page says what the tests check.

const criteriaText = (criteria: readonly { id: string; name: string }[]) =>
  criteria.map((c) => `${c.id} ${c.name}`).join(', ');

/** "Innehåll som inte är tillgängligt": each known shortcoming with its criterion, reason and alternative. */
export function AuditShortcomings() {
  return (
    <div className="prose-portal">
      {audit.shortcomings.map((s) => (
        <section key={s.title}>
          <h3>{s.title}</h3>
          <p>{s.problem}</p>
          <p>
            <strong>Krav i WCAG 2.1:</strong> {criteriaText(s.criteria)}.
          </p>
          <p>
            <strong>Varför:</strong> {s.reason}
          </p>
          <p>
            <strong>Så tar du del av innehållet:</strong> {s.alternative}
          </p>
        </section>
      ))}
    </div>
  );
}

// Paths are long and unbroken; they may wrap anywhere so that a phone never scrolls sideways.
const pathClass = 'font-mono text-sm [overflow-wrap:anywhere]';

/** "Hur vi testat webbplatsen": the automatic checks, the focus checks and what is not tested. */
export function AuditTesting() {
  const total = axePageCount(audit);
  return (
    <div className="prose-portal">
      <p>
        Vi gjorde den senaste bedömningen den {formatDay(audit.assessedOn)}. Testerna nedan körs automatiskt, tillsammans
        med portalens övriga tester.
      </p>

      <h3>Automatisk kontroll med axe</h3>
      <p>
        Verktyget axe kontrollerar {total} sidor mot kraven i WCAG 2.1 på nivå A och AA. Ett test misslyckas om axe hittar
        ett enda fel. Sidorna kontrolleras som den som brukar använda dem, till exempel som chef eller administratör.
      </p>
      <table>
        <caption className="mb-2 text-left font-semibold">Sidor som axe kontrollerar, per del av portalen</caption>
        <thead>
          <tr>
            <th scope="col">Del av portalen</th>
            <th scope="col">Antal sidor</th>
          </tr>
        </thead>
        <tbody>
          {audit.axe.areas.map((a) => (
            <tr key={a.area}>
              <th scope="row" className="font-normal">
                {a.area}
              </th>
              <td>{a.paths.length}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totalt</th>
            <td className="font-semibold">{total}</td>
          </tr>
        </tfoot>
      </table>
      <details className="my-3">
        <summary className="cursor-pointer">Adresserna till sidorna</summary>
        <p>En del av adressen inom hakparentes, till exempel [id], står för alla sidor av samma slag.</p>
        {audit.axe.areas.map((a) => (
          <div key={a.area}>
            <h4 className="mt-4 font-semibold">{a.area}</h4>
            <ul>
              {a.paths.map((p) => (
                <li key={p} className={pathClass}>
                  {p}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <h4 className="mt-4 font-semibold">Sidor som axe inte kontrollerar än</h4>
        <ul>
          {audit.notScanned.map((p) => (
            <li key={p} className={pathClass}>
              {p}
            </li>
          ))}
        </ul>
      </details>

      <h3>Mobil skärm</h3>
      <p>
        Varje sida som axe kontrollerar visas också i {audit.reflowWidth} pixlars bredd, som på en mobil. Testet
        misslyckas om du skulle behöva skrolla i sidled för att läsa sidan. Breda tabeller får skrolla i sidled i en egen
        ruta.
      </p>

      <h3>Tangentbord och fokus</h3>
      <p>Testerna kontrollerar var tangentbordets fokus hamnar i de här fallen:</p>
      <ul>
        {audit.focusChecks.map((f) => (
          <li key={f.spec}>{f.what}</li>
        ))}
      </ul>

      <h3>Det här har vi inte testat</h3>
      <ul>
        {audit.untested.map((u) => (
          <li key={u}>{u}</li>
        ))}
        <li>
          {audit.notScanned.length} sidor kontrolleras inte med axe än. De står sist i listan över adresser ovan.
        </li>
      </ul>
    </div>
  );
}
