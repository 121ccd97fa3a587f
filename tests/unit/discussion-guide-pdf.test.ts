// The printed discussion guide says everything the group needs without a screen: the title, every
// question and the course's address beside its QR code, on A4 (tests/support/pdf-text.ts reads it).
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadCourses, loadDiscussionGuides } from '@/lib/content/loader';
import type { DiscussionGuide } from '@/lib/data/discussion-guides';
import { discussionGuidePdf } from '@/lib/discussion-guides/pdf';
import { courseUrl, qrMatrix, qrSvg } from '@/lib/discussion-guides/qr';
import { pdfText } from '../support/pdf-text';

/** The guide as lib/data/discussion-guides.ts resolves it, with the lessons taken from content/ instead of the database. */
function guideFor(slug: string): DiscussionGuide {
  const file = loadDiscussionGuides().find((g) => g.data.course === slug)!;
  const course = loadCourses().find((c) => c.slug === slug)!;
  const { show, ...rest } = file.data;
  return {
    ...rest,
    course: { slug, title: course.data.title },
    url: courseUrl(slug),
    show: show.map(({ lesson, note }) => {
      const { data, position } = course.lessons.find((l) => l.slug === lesson)!;
      return { lesson: { slug: lesson, title: data.title, position }, note };
    }),
    tips: file.body,
  };
}

describe('discussion guide PDF', () => {
  const guide = guideFor('konsstereotyper');

  it('has the title, every question, the lessons to show and the course address, on A4 pages', async () => {
    const bytes = await discussionGuidePdf(guide);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe(guide.title);
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    }
    const lines = await pdfText(bytes);
    // Wrapping breaks lines at spaces only, so the joined text holds each sentence whole.
    const text = lines.join(' ');
    expect(text.startsWith(guide.title)).toBe(true);
    expect(lines).toContain(guide.url);
    expect(guide.url).toMatch(/^https?:\/\/.+\/kurser\/konsstereotyper$/);
    for (const [i, question] of guide.questions.entries()) expect(text).toContain(`${i + 1}. ${question}`);
    for (const { lesson } of guide.show) expect(text).toContain(`Lektion ${lesson.position}: ${lesson.title}`);
    expect(text).toContain(guide.exercise);
    expect(text).toContain('Håll samtalet till arbetet');
    expect(text).not.toContain('\uFFFD');
  });

  it('has its words in English for an English reader, around the guide’s Swedish text', async () => {
    const bytes = await discussionGuidePdf(guide, 'en');
    const text = (await pdfText(bytes)).join(' ');
    for (const words of [
      'The purpose of the meeting',
      'What you show',
      'Time plan for 30 minutes',
      'Questions to talk about',
    ])
      expect(text).toContain(words);
    for (const { lesson } of guide.show) expect(text).toContain(`Lesson ${lesson.position}: ${lesson.title}`);
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('Scan the code or go to');
    // The guide's own text stays as written, and the PDF says it is Swedish.
    expect(text).toContain(guide.purpose);
    for (const swedish of ['Syftet med träffen', 'Det här visar ni', 'Tidsplan för', 'Sida 1 av', 'Skanna koden'])
      expect(text).not.toContain(swedish);
    expect((await PDFDocument.load(bytes)).catalog.get(PDFName.of('Lang'))?.toString()).toContain('sv-SE');
  });

  it('builds every guide in content/ without error', async () => {
    for (const { data } of loadDiscussionGuides()) {
      const lines = await pdfText(await discussionGuidePdf(guideFor(data.course)));
      expect(lines).toContain(courseUrl(data.course));
    }
  });
});

describe('QR code', () => {
  it('is a square matrix, different for different addresses', () => {
    const a = qrMatrix(courseUrl('konsstereotyper'));
    const b = qrMatrix(courseUrl('chefens-roll'));
    expect(a.length).toBeGreaterThan(20);
    for (const row of a) expect(row).toHaveLength(a.length);
    expect(a).not.toEqual(b);
  });

  it('is an SVG image with its text alternative, escaped', async () => {
    const svg = await qrSvg(
      'https://example.se/kurser/a?b=1&c="2"',
      'QR-kod med länk till kursen: https://example.se/kurser/a?b=1&c="2"',
    );
    expect(svg).toMatch(
      /^<svg role="img" aria-label="QR-kod med länk till kursen: https:\/\/example\.se\/kurser\/a\?b=1&amp;c=&quot;2&quot;"/,
    );
    expect(svg).toMatch(/<\/svg>$/);
  });
});
