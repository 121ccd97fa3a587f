// The action plan as a multi-page A4 PDF, to attach to a political decision document. Every page
// names the organisation and the date; an item's block is never split across pages.
import type { PDFFont } from 'pdf-lib';
import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';
import { colours, createFlow, createPdf, type FlowLine } from '@/lib/pdf';
import type { ActionPlan, PlanItem } from './action-plan';
import { formatDay } from '@/lib/dates';
import { translator } from '@/lib/i18n';
import { sectionHeadings } from './words';

type Words = ReturnType<typeof translator>;

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };

function itemLines(item: PlanItem, f: Fonts, t: Words, locale: Locale): FlowLine[] {
  const meta = [
    `${t('checklist.status')}: ${t(`labels.checklistState.${item.status}`)}`,
    `${t('checklist.responsible')}: ${item.responsible ?? t('checklist.nobody')}`,
    `${t('checklist.dueOn')}: ${item.dueOn ? formatDay(item.dueOn, locale) : t('checklist.plan.noDate')}`,
  ];
  const lines: FlowLine[] = [
    { text: item.title, font: f.bold, size: 11, gapBefore: 10 },
    { text: meta.join('   ·   '), font: f.regular, size: 10 },
  ];
  if (item.status === 'NOT_APPLICABLE' && item.reason)
    lines.push({ text: t('checklist.reason', { reason: item.reason }), font: f.regular, size: 10 });
  lines.push({
    text: `${t('checklist.evidence')}: ${item.evidenceText || t('checklist.plan.noEvidence')}`,
    font: f.regular,
    size: 10,
  });
  for (const link of item.evidenceLinks)
    lines.push({ text: link, font: f.regular, size: 9, indent: 12, color: colours.purple });
  return lines;
}

/** The plan's own words, dates and headings in the reader's language; the template's texts as the plan has them. */
export async function actionPlanPdf(plan: ActionPlan, locale: Locale = defaultLocale): Promise<Uint8Array> {
  const t = translator(locale);
  const day = (d: string) => formatDay(d, locale);
  const { pdf, fonts: f } = await createPdf({
    title: t('checklist.plan.pdfTitle', { title: plan.title, organisation: plan.organisationName }),
    language: formatTags[locale],
    fonts: ['regular', 'bold', 'italic'],
  });
  const org = plan.scopeName ? `${plan.organisationName}, ${plan.scopeName}` : plan.organisationName;
  const flow = createFlow(pdf, 50);
  flow.draw([
    { text: t('checklist.plan.title'), font: f.bold, size: 24, color: colours.purple },
    { text: plan.title, font: f.bold, size: 14, gapBefore: 6 },
    { text: org, font: f.regular, size: 12, gapBefore: 6 },
    {
      text: t('checklist.plan.printed', { date: day(plan.generatedOn) }),
      font: f.regular,
      size: 10,
      color: colours.grey,
    },
    {
      text: plan.deadline
        ? t('checklist.plan.deadline', { deadline: day(plan.deadline.deadline), signed: day(plan.deadline.signedOn) })
        : t('checklist.plan.noSigned'),
      font: f.regular,
      size: 10,
      gapBefore: 8,
    },
  ]);
  const headings = sectionHeadings(plan.sections, locale);
  for (const [index, section] of plan.sections.entries()) {
    const first = section.items[0];
    // The heading stays with the section's first item.
    flow.draw([
      { text: headings[index]!, font: f.bold, size: 14, color: colours.purple, gapBefore: 18 },
      { text: section.commitment, font: f.italic, size: 10, gapBefore: 4 },
      ...(first ? itemLines(first, f, t, locale) : []),
    ]);
    for (const item of section.items.slice(1)) flow.draw(itemLines(item, f, t, locale));
  }
  flow.footer(
    (page, pages) => t('checklist.plan.footer', { organisation: org, date: day(plan.generatedOn), page, pages }),
    {
      font: f.regular,
      size: 8,
    },
  );
  return pdf.save();
}
