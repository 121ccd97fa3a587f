import { useLocale, useTranslations } from 'next-intl';
import { auditIn } from '@/lib/accessibility/audit-en';
import { axePageCount } from '@/lib/accessibility/audit';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

// The generated parts of the accessibility statement. They come from lib/accessibility/audit.ts
// (in English from audit-en.ts), which a unit test compares with the end-to-end specs, so the page
// says what the tests check.

const criteriaText = (criteria: readonly { id: string; name: string }[]) =>
  criteria.map((c) => `${c.id} ${c.name}`).join(', ');

/** "Innehåll som inte är tillgängligt": each known shortcoming with its criterion, reason and alternative. */
export function AuditShortcomings() {
  const t = useTranslations('accessibilityAudit');
  const audit = auditIn(useLocale() as Locale);
  return (
    <div className="prose-portal">
      {audit.shortcomings.map((s) => (
        <section key={s.title}>
          <h3>{s.title}</h3>
          <p>{s.problem}</p>
          <p>
            <strong>{t('criteria')}</strong> {criteriaText(s.criteria)}.
          </p>
          <p>
            <strong>{t('why')}</strong> {s.reason}
          </p>
          <p>
            <strong>{t('alternative')}</strong> {s.alternative}
          </p>
        </section>
      ))}
    </div>
  );
}

// Paths are long and unbroken; they may wrap anywhere so that a phone never scrolls sideways. Their
// segments are Swedish words (/statistik), read as Swedish inside an English page.
const pathClass = 'font-mono text-sm [overflow-wrap:anywhere]';

/** "Hur vi testat webbplatsen": the automatic checks, the focus checks and what is not tested. */
export function AuditTesting() {
  const t = useTranslations('accessibilityAudit');
  const locale = useLocale() as Locale;
  const audit = auditIn(locale);
  const total = axePageCount(audit);
  const paths = passageLang(locale);
  return (
    <div className="prose-portal">
      <p>{t('assessed', { date: formatDay(audit.assessedOn, locale) })}</p>

      <h3>{t('axeHeading')}</h3>
      <p>{t('axeText', { total })}</p>
      <table>
        <caption className="mb-2 text-left font-semibold">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('area')}</th>
            <th scope="col">{t('pages')}</th>
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
            <th scope="row">{t('total')}</th>
            <td className="font-semibold">{total}</td>
          </tr>
        </tfoot>
      </table>
      <details className="my-3">
        <summary className="cursor-pointer">{t('addresses')}</summary>
        <p>{t('patterns')}</p>
        {audit.axe.areas.map((a) => (
          <div key={a.area}>
            <h4 className="mt-4 font-semibold">{a.area}</h4>
            <ul>
              {a.paths.map((p) => (
                <li key={p} className={pathClass} lang={paths}>
                  {p}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <h4 className="mt-4 font-semibold">{t('notScanned')}</h4>
        <ul>
          {audit.notScanned.map((p) => (
            <li key={p} className={pathClass} lang={paths}>
              {p}
            </li>
          ))}
        </ul>
      </details>

      <h3>{t('phoneHeading')}</h3>
      <p>{t('phoneText', { width: audit.reflowWidth })}</p>

      <h3>{t('focusHeading')}</h3>
      <p>{t('focusText')}</p>
      <ul>
        {audit.focusChecks.map((f) => (
          <li key={f.spec}>{f.what}</li>
        ))}
      </ul>

      <h3>{t('untestedHeading')}</h3>
      <ul>
        {audit.untested.map((u) => (
          <li key={u}>{u}</li>
        ))}
        <li>{t('notScannedCount', { count: audit.notScanned.length })}</li>
      </ul>
    </div>
  );
}
