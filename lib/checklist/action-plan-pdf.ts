// The action plan as a multi-page A4 PDF, to attach to a political decision document. Every page
// names the organisation and the date; an item's block is never split across pages.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { encodable } from '@/lib/certificate';
import type { ActionPlan, PlanItem } from './action-plan';
import { formatDay } from './dates';
import { sectionHeadings, stateLabels } from './status';

const A4: [number, number] = [595.28, 841.89];
const margin = 50;
const width = A4[0] - 2 * margin;
const grey = rgb(0.3, 0.3, 0.3);
const purple = rgb(0.23, 0.15, 0.45);

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };
type Line = {
  text: string;
  font: PDFFont;
  size: number;
  indent?: number;
  color?: ReturnType<typeof rgb>;
  gapBefore?: number;
};

/** Breaks text into lines that fit; words longer than a line (long links) are cut. */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= maxWidth;
  const out: string[] = [];
  for (const paragraph of encodable(font, text.replace(/\t/g, ' ')).split(/\r?\n/)) {
    let line = '';
    for (let word of paragraph.split(' ')) {
      while (!fits(word)) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(word.slice(0, cut))) cut -= 1;
        if (line) out.push(line);
        out.push(word.slice(0, cut));
        line = '';
        word = word.slice(cut);
      }
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) line = candidate;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}

function itemLines(item: PlanItem, f: Fonts): Line[] {
  const meta = [
    `Status: ${stateLabels[item.status]}`,
    `Ansvarig: ${item.responsible ?? 'ingen'}`,
    `Klart senast: ${item.dueOn ? formatDay(item.dueOn) : 'inget datum'}`,
  ];
  const lines: Line[] = [
    { text: item.title, font: f.bold, size: 11, gapBefore: 10 },
    { text: meta.join('   ·   '), font: f.regular, size: 10 },
  ];
  if (item.status === 'NOT_APPLICABLE' && item.reason)
    lines.push({ text: `Skäl: ${item.reason}`, font: f.regular, size: 10 });
  lines.push({ text: `Underlag: ${item.evidenceText || 'inget underlag angivet'}`, font: f.regular, size: 10 });
  for (const link of item.evidenceLinks)
    lines.push({ text: link, font: f.regular, size: 9, indent: 12, color: purple });
  return lines;
}

export async function actionPlanPdf(plan: ActionPlan): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Handlingsplan – ${plan.title} – ${plan.organisationName}`);
  pdf.setLanguage('sv-SE');
  pdf.setCreator('Jämställdhetsportalen');
  const f: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
  };
  const org = plan.scopeName ? `${plan.organisationName}, ${plan.scopeName}` : plan.organisationName;
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - margin;
  const newPage = () => {
    page = pdf.addPage(A4);
    y = A4[1] - margin;
  };
  const height = (lines: Line[]) =>
    lines.reduce(
      (h, l) => h + (l.gapBefore ?? 0) + wrap(l.text, l.font, l.size, width - (l.indent ?? 0)).length * l.size * 1.35,
      0,
    );
  const draw = (lines: Line[]) => {
    if (y - height(lines) < margin + 30 && y < A4[1] - margin) newPage();
    for (const l of lines) {
      y -= l.gapBefore ?? 0;
      for (const text of wrap(l.text, l.font, l.size, width - (l.indent ?? 0))) {
        // A block taller than a page (very long evidence) continues on the next page.
        if (y - l.size * 1.35 < margin) newPage();
        y -= l.size * 1.35;
        page.drawText(text, {
          x: margin + (l.indent ?? 0),
          y,
          size: l.size,
          font: l.font,
          color: l.color ?? rgb(0.1, 0.1, 0.1),
        });
      }
    }
  };

  draw([
    { text: 'Handlingsplan', font: f.bold, size: 24, color: purple },
    { text: plan.title, font: f.bold, size: 14, gapBefore: 6 },
    { text: org, font: f.regular, size: 12, gapBefore: 6 },
    {
      text: `Utskriven ${formatDay(plan.generatedOn)} från Jämställdhetsportalen`,
      font: f.regular,
      size: 10,
      color: grey,
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
    const heading = headings[index]!;
    const first = section.items[0];
    // The heading stays with the section's first item.
    draw([
      { text: heading, font: f.bold, size: 14, color: purple, gapBefore: 18 },
      { text: section.commitment, font: f.italic, size: 10, gapBefore: 4 },
      ...(first ? itemLines(first, f) : []),
    ]);
    for (const item of section.items.slice(1)) draw(itemLines(item, f));
  }

  const pages = pdf.getPages();
  for (const [i, p] of pages.entries()) {
    const footer = encodable(
      f.regular,
      `${org} · Handlingsplan ${formatDay(plan.generatedOn)} · Sida ${i + 1} av ${pages.length}`,
    );
    p.drawText(footer, { x: margin, y: margin - 20, size: 8, font: f.regular, color: grey });
  }
  return pdf.save();
}
