// The action plan as a multi-page A4 PDF, to attach to a political decision document. Every page
// names the organisation and the date; an item's block is never split across pages.
import type { PDFFont } from 'pdf-lib';
import { checklistStateLabels } from '@/lib/labels';
import { colours, createFlow, createPdf, type FlowLine } from '@/lib/pdf';
import type { ActionPlan, PlanItem } from './action-plan';
import { formatDay } from '@/lib/dates';
import { sectionHeadings } from './status';

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };

function itemLines(item: PlanItem, f: Fonts): FlowLine[] {
  const meta = [
    `Status: ${checklistStateLabels[item.status]}`,
    `Ansvarig: ${item.responsible ?? 'ingen'}`,
    `Klart senast: ${item.dueOn ? formatDay(item.dueOn) : 'inget datum'}`,
  ];
  const lines: FlowLine[] = [
    { text: item.title, font: f.bold, size: 11, gapBefore: 10 },
    { text: meta.join('   ·   '), font: f.regular, size: 10 },
  ];
  if (item.status === 'NOT_APPLICABLE' && item.reason)
    lines.push({ text: `Skäl: ${item.reason}`, font: f.regular, size: 10 });
  lines.push({ text: `Underlag: ${item.evidenceText || 'inget underlag angivet'}`, font: f.regular, size: 10 });
  for (const link of item.evidenceLinks)
    lines.push({ text: link, font: f.regular, size: 9, indent: 12, color: colours.purple });
  return lines;
}

export async function actionPlanPdf(plan: ActionPlan): Promise<Uint8Array> {
  const { pdf, fonts: f } = await createPdf({
    title: `Handlingsplan – ${plan.title} – ${plan.organisationName}`,
    fonts: ['regular', 'bold', 'italic'],
  });
  const org = plan.scopeName ? `${plan.organisationName}, ${plan.scopeName}` : plan.organisationName;
  const flow = createFlow(pdf, 50);
  flow.draw([
    { text: 'Handlingsplan', font: f.bold, size: 24, color: colours.purple },
    { text: plan.title, font: f.bold, size: 14, gapBefore: 6 },
    { text: org, font: f.regular, size: 12, gapBefore: 6 },
    {
      text: `Utskriven ${formatDay(plan.generatedOn)} från Jämställdhetsportalen`,
      font: f.regular,
      size: 10,
      color: colours.grey,
    },
    {
      text: plan.deadline
        ? `Handlingsplanen för jämställdhet ska enligt CEMR-deklarationen vara klar senast ${formatDay(plan.deadline.deadline)}, två år efter undertecknandet ${formatDay(plan.deadline.signedOn)}.`
        : 'Organisationen har inte angett när CEMR-deklarationen undertecknades.',
      font: f.regular,
      size: 10,
      gapBefore: 8,
    },
  ]);
  const headings = sectionHeadings(plan.sections);
  for (const [index, section] of plan.sections.entries()) {
    const first = section.items[0];
    // The heading stays with the section's first item.
    flow.draw([
      { text: headings[index]!, font: f.bold, size: 14, color: colours.purple, gapBefore: 18 },
      { text: section.commitment, font: f.italic, size: 10, gapBefore: 4 },
      ...(first ? itemLines(first, f) : []),
    ]);
    for (const item of section.items.slice(1)) flow.draw(itemLines(item, f));
  }
  flow.footer((page, pages) => `${org} · Handlingsplan ${formatDay(plan.generatedOn)} · Sida ${page} av ${pages}`, {
    font: f.regular,
    size: 8,
  });
  return pdf.save();
}
