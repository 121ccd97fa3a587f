import type { Metadata } from 'next';
import { Fragment } from 'react';
import { AuditShortcomings, AuditTesting } from '@/components/content/accessibility-audit';
import { Markdown } from '@/components/content/markdown';
import { splitStatement, type StatementSlot } from '@/lib/accessibility/statement';
import { loadPage } from '@/lib/content/loader';
import { formatDay } from '@/lib/dates';

export const metadata: Metadata = { title: 'Tillgänglighetsredogörelse' };

// The prose comes from content/pages/tillganglighet.md; the shortcomings and the test facts come
// from lib/accessibility/audit.ts, placed where the Markdown marks them.
const generated: Record<StatementSlot, () => React.JSX.Element> = {
  brister: AuditShortcomings,
  tester: AuditTesting,
};

export default function AccessibilityPage() {
  const { data, body } = loadPage('tillganglighet');
  return (
    <article>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{data.title}</h1>
      <p className="mb-6 text-sm text-slate-600">Senast uppdaterad {formatDay(data.updated)}</p>
      {splitStatement(body).map(({ markdown, slot }, i) => {
        const Section = slot ? generated[slot] : null;
        return (
          <Fragment key={i}>
            {markdown ? (
              <Markdown source={markdown} className={i === 0 ? 'prose-portal' : 'prose-portal mt-8'} />
            ) : null}
            {Section ? <Section /> : null}
          </Fragment>
        );
      })}
    </article>
  );
}
