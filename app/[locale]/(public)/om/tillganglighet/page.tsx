import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { AuditShortcomings, AuditTesting } from '@/components/content/accessibility-audit';
import { Markdown } from '@/components/content/markdown';
import { splitStatement, type StatementSlot } from '@/lib/accessibility/statement';
import { loadPage } from '@/lib/content/loader';
import { formatDay } from '@/lib/dates';
import { isLocale } from '@/lib/i18n/config';
import { languageAlternates } from '@/lib/i18n/alternates';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { locale } = await params;
  return {
    title: loadPage('tillganglighet', undefined, isLocale(locale) ? locale : undefined).data.title,
    alternates: languageAlternates('/om/tillganglighet'),
  };
}

// The prose comes from content/pages/tillganglighet.md; the shortcomings and the test facts come
// from lib/accessibility/audit.ts, placed where the Markdown marks them. In English the prose is
// content/pages/en/tillganglighet.md, and the generated parts are English (lib/accessibility/audit-en.ts).
const generated: Record<StatementSlot, () => React.JSX.Element> = {
  brister: AuditShortcomings,
  tester: AuditTesting,
};

export default async function AccessibilityPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('guide');
  const { data, body, locale: written } = loadPage('tillganglighet', undefined, locale);
  const prose = written === locale ? undefined : written;
  return (
    <article>
      <h1 className="mb-2 text-3xl font-bold tracking-tight" lang={prose}>
        {data.title}
      </h1>
      <p className="mb-6 text-sm text-slate-600">
        {t('updated')} {formatDay(data.updated, locale)}
      </p>
      {splitStatement(body).map(({ markdown, slot }, i) => {
        const Section = slot ? generated[slot] : null;
        return (
          <Fragment key={i}>
            {markdown ? (
              <div lang={prose}>
                <Markdown source={markdown} className={i === 0 ? 'prose-portal' : 'prose-portal mt-8'} />
              </div>
            ) : null}
            {Section ? <Section /> : null}
          </Fragment>
        );
      })}
    </article>
  );
}
