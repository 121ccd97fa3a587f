import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { StoredItem } from '@/lib/data/checklists';
import type { TemplateSection } from '@/lib/validation/checklist';
import { sectionNumbers } from '@/lib/checklist/status';
import { StatusBadge } from './status-badge';
import { TableRegion } from '@/components/ui/table-region';

type Props = {
  /** The sections and items as the reader sees them, each in the language `lang` names. */
  sections: (Omit<TemplateSection, 'items'> & {
    lang: Locale;
    items: (TemplateSection['items'][number] & { lang: Locale })[];
  })[];
  items: ReadonlyMap<string, StoredItem>;
  href: (key: string) => string;
  overdue: ReadonlySet<string>;
};

/** Every section (commitment) with its items: status, responsible person and due date. */
export function ItemList({ sections, items, href, overdue }: Props) {
  const t = useTranslations('checklist');
  const locale = useLocale() as Locale;
  const numbers = sectionNumbers(sections);
  return (
    <div className="space-y-10">
      {sections.map((section, index) => {
        const id = `avsnitt-${section.key}`;
        return (
          <section key={section.key} aria-labelledby={id}>
            <h3 id={id} className="text-lg font-semibold">
              <SectionHeading
                number={numbers[index] ?? null}
                title={section.title}
                lang={passageLang(locale, section.lang)}
              />
            </h3>
            <p className="mt-1 mb-3 max-w-3xl text-slate-700" lang={passageLang(locale, section.lang)}>
              {section.commitment}
            </p>
            {/* Labelled by the caption, where a section title still in Swedish can say so. */}
            <TableRegion labelledBy={`${id}-tabell`}>
              <table className="w-full table-fixed border-collapse text-sm">
                <caption id={`${id}-tabell`} className="sr-only">
                  {t.rich('itemList.label', {
                    section: section.title,
                    name: (title) => <span lang={passageLang(locale, section.lang)}>{title}</span>,
                  })}
                </caption>
                <thead>
                  <tr className="border-b-2 border-slate-300 text-left">
                    <th scope="col" className="w-1/2 py-2 pr-4">
                      {t('itemList.item')}
                    </th>
                    <th scope="col" className="w-36 py-2 pr-4">
                      {t('status')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('responsible')}
                    </th>
                    <th scope="col" className="w-40 py-2">
                      {t('dueOn')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {section.items.map((item) => {
                    const saved = items.get(item.key);
                    return (
                      <tr key={item.key} className="border-b border-slate-200 align-top">
                        <th scope="row" className="py-2 pr-4 text-left font-normal">
                          <Link href={href(item.key)} lang={passageLang(locale, item.lang)}>
                            {item.title}
                          </Link>
                        </th>
                        <td className="py-2 pr-4">
                          <StatusBadge status={saved?.status ?? 'NOT_STARTED'} />
                        </td>
                        <td className="py-2 pr-4">{saved?.responsible?.name ?? '–'}</td>
                        <td className="py-2">
                          {saved?.dueOn ? formatDay(saved.dueOn, locale) : '–'}
                          {overdue.has(item.key) ? (
                            <strong className="block text-red-800">{t('itemList.overdue')}</strong>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableRegion>
          </section>
        );
      })}
    </div>
  );
}

/** "Åtagande 2: <title>" or "Frivilligt avsnitt: <title>", the title in its own language. */
export function SectionHeading({ number, title, lang }: { number: number | null; title: string; lang?: string }) {
  const t = useTranslations('checklist');
  return (
    <>
      {number === null ? t('optionalSection') : t('commitmentNumber', { number })}: <span lang={lang}>{title}</span>
    </>
  );
}
