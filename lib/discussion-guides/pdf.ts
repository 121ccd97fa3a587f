// The discussion guide as an A4 PDF for the meeting room: black text that copies well in black
// and white, the QR code to the course at the top of the first page, and page breaks between
// blocks (lib/pdf/flow). Built from a resolved guide, so it needs no database. The words around the
// guide follow the reader's language; the guide itself is written in Swedish, which is the PDF's
// language (most of its text).
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { DiscussionGuide } from '@/lib/data/discussion-guides';
import { formatDay } from '@/lib/dates';
import { translator } from '@/lib/i18n';
import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';
import { A4_PORTRAIT, colours, createFlow, createPdf, drawText, type FlowLine, wrap } from '@/lib/pdf';
import { qrMatrix } from './qr';

type Fonts = { regular: PDFFont; bold: PDFFont };
type Words = ReturnType<typeof translator>;

const margin = 50;
const qrSide = 92;
// Scanners need a light border of four modules (under 13 pt at this size) around the code.
const qrGap = 16;

const heading = (text: string, f: Fonts): FlowLine => ({ text, font: f.bold, size: 13, gapBefore: 16 });
const body = (text: string, f: Fonts, more: Partial<FlowLine> = {}): FlowLine => ({
  text,
  font: f.regular,
  size: 10.5,
  gapBefore: 3,
  ...more,
});

/** Draws the code as black squares, its top left corner at (x, top); one path, so no seams between modules. */
function drawQr(page: PDFPage, url: string, x: number, top: number) {
  const matrix = qrMatrix(url);
  const path = matrix.flatMap((row, r) => row.flatMap((dark, c) => (dark ? [`M${c} ${r}h1v1h-1z`] : []))).join('');
  page.drawSvgPath(path, { x, y: top, scale: qrSide / matrix.length, color: rgb(0, 0, 0) });
}

/** Title, date and the QR code with the address beside it; returns the height it takes. */
function drawHeader(page: PDFPage, guide: DiscussionGuide, f: Fonts, t: Words, locale: Locale): number {
  const [pageWidth, pageHeight] = A4_PORTRAIT;
  const width = pageWidth - 2 * margin;
  const top = pageHeight - margin;
  let y = top;
  const line = (text: string, font: PDFFont, size: number, x = margin, maxWidth = width) => {
    for (const part of wrap(text, font, size, maxWidth)) {
      y -= size * 1.3;
      drawText(page, part, { x, y, size, font, color: colours.ink });
    }
  };
  line(guide.title, f.bold, 20);
  line(t('discussionGuide.byline', { date: formatDay(guide.updated, locale) }), f.regular, 10);
  // Four modules of light space above the code, which scanners need.
  y -= 18;
  const qrTop = y;
  drawQr(page, guide.url, margin, qrTop);
  const textX = margin + qrSide + qrGap;
  line(t('discussionGuide.goOn'), f.bold, 12, textX, width - qrSide - qrGap);
  line(t('discussionGuide.scanOrGo'), f.regular, 10.5, textX, width - qrSide - qrGap);
  line(guide.url, f.regular, 10.5, textX, width - qrSide - qrGap);
  return top - Math.min(y, qrTop - qrSide);
}

type MdNode = { type: string; value?: string; children?: MdNode[] };
const parser = unified().use(remarkParse).use(remarkGfm);
const textOf = (node: MdNode): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** The leader's tips (Markdown) as blocks: a heading in bold kept with what follows it, list items with a bullet. */
function tipsBlocks(markdown: string, f: Fonts): FlowLine[][] {
  const blocks: FlowLine[][] = [];
  let pending: FlowLine | null = null;
  const walk = (node: MdNode, inList: boolean) => {
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    if (node.type === 'heading') pending = { text, font: f.bold, size: 11, gapBefore: 10 };
    else if (node.type === 'paragraph') {
      const line = body(inList ? `•  ${text}` : text, f, inList ? { indent: 8 } : {});
      blocks.push(pending ? [pending, line] : [line]);
      pending = null;
    } else node.children?.forEach((child) => walk(child, inList || node.type === 'list'));
  };
  walk(parser.parse(markdown) as MdNode, false);
  return blocks;
}

/** Draws a titled section: the heading stays on the page of its first block. */
function section(flow: ReturnType<typeof createFlow>, title: FlowLine, blocks: FlowLine[][]) {
  const [first = [], ...rest] = blocks;
  flow.draw([title, ...first]);
  for (const block of rest) flow.draw(block);
}

export async function discussionGuidePdf(guide: DiscussionGuide, locale: Locale = defaultLocale): Promise<Uint8Array> {
  const t = translator(locale);
  const { pdf, fonts: f } = await createPdf({
    title: guide.title,
    fonts: ['regular', 'bold'],
    language: formatTags[defaultLocale],
  });
  const flow = createFlow(pdf, margin);
  const headerHeight = drawHeader(pdf.getPage(0), guide, f, t, locale);
  section(flow, { ...heading(t('discussionGuide.purpose'), f), gapBefore: headerHeight + 10 }, [
    [body(guide.purpose, f)],
  ]);
  section(
    flow,
    heading(t('discussionGuide.show'), f),
    guide.show.map(({ lesson, note }) => [
      {
        text: `${t('discussionGuide.lesson', { position: lesson.position })} ${lesson.title}`,
        font: f.bold,
        size: 10.5,
        gapBefore: 6,
      },
      body(note, f, { indent: 12 }),
    ]),
  );
  for (const [minutes, plan] of [
    [30, guide.plan30],
    [60, guide.plan60],
  ] as const) {
    section(
      flow,
      heading(t('discussionGuide.timePlan', { minutes }), f),
      plan.map((step) => [
        { text: t('discussionGuide.minutes', { minutes: step.minutes }), font: f.bold, size: 10.5, gapBefore: 6 },
        body(step.activity, f, { indent: 12 }),
      ]),
    );
  }
  section(
    flow,
    heading(t('discussionGuide.questions'), f),
    guide.questions.map((question, i) => [body(`${i + 1}. ${question}`, f, { gapBefore: 6 })]),
  );
  section(flow, heading(t('discussionGuide.exercise'), f), [[body(guide.exercise, f)]]);
  section(
    flow,
    heading(t('discussionGuide.writeDown'), f),
    guide.writeDown.map((item) => [body(`•  ${item}`, f, { indent: 8, gapBefore: 5 })]),
  );
  section(flow, heading(t('discussionGuide.tips'), f), tipsBlocks(guide.tips, f));
  flow.footer((page, pages) => t('discussionGuide.footer', { title: guide.title, page, pages }), {
    font: f.regular,
    size: 8,
  });
  return pdf.save();
}
