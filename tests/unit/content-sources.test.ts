import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuides } from '@/lib/content/loader';

// Every claim on a guidance page must be traceable: a reader (or a fact checker) needs to know who
// said it, in which document, and when, because figures and step numbers change between editions.

const root = path.resolve(import.meta.dirname, '../../content');
const guides = loadGuides(root);

type Source = { title: string; publisher: string; url?: string; date?: string };
type Undated = { publisher: string; titleStartsWith: string; reason: string };

// Sources we cite without a date. The schema has no year field, and a made-up first of January
// would be a false date, so each entry says why no exact date is known. Add a date rather than
// an entry whenever the publisher states one.
const undated: Undated[] = [
  {
    publisher: 'CEMR (Council of European Municipalities and Regions)',
    titleStartsWith: 'The European Charter for Equality of Women and Men in Local Life (2006)',
    reason: 'Adopted in 2006; the title carries the year, no single day is given.',
  },
  {
    publisher: 'CEMR',
    titleStartsWith: 'About the Observatory',
    reason: 'An undated page on the Observatory site.',
  },
  {
    publisher: 'CEMR, Observatory of the European Charter for Equality',
    titleStartsWith: 'Atlas of signatories',
    reason: 'A live register; the title says when we read it (December 2026).',
  },
  {
    publisher: 'SKR',
    titleStartsWith: 'Modellkoncept för jämställdhet',
    reason: 'A running SKR programme, not a dated publication.',
  },
  {
    publisher: 'EIGE (European Institute for Gender Equality)',
    titleStartsWith: 'Gender equality training',
    reason: 'A toolkit page without a publication date.',
  },
  {
    publisher: 'Jämställdhetsmyndigheten',
    titleStartsWith: 'Vägledning för jämställdhetsintegrering',
    reason: 'The web page gives no date we could verify.',
  },
  {
    publisher: 'Europarådet',
    titleStartsWith: 'Gender mainstreaming: conceptual framework',
    reason: 'Published 1998 (in the title); only the year is known.',
  },
  {
    publisher: 'Regeringen (Svensk författningssamling)',
    titleStartsWith: 'Förordning (2001:100)',
    reason: 'The SFS number gives the year; the day of issue is not verified.',
  },
  {
    publisher: 'Sveriges riksdag',
    titleStartsWith: 'Kommunallag (2017:725)',
    reason: 'The SFS number gives the year; the day of issue is not verified.',
  },
  {
    publisher: 'Regeringen',
    titleStartsWith: 'Makt att forma samhället och sitt eget liv',
    reason: 'Prop. 2005/06:155: the number gives the session; the day is not verified.',
  },
];

const sources = guides.flatMap((g) => g.data.sources.map((source: Source) => ({ slug: g.slug, source })));

function allowance(source: Source): Undated | undefined {
  return undated.find((u) => u.publisher === source.publisher && source.title.startsWith(u.titleStartsWith));
}

describe('sources of the guidance pages', () => {
  it('gives every guidance page at least one source', () => {
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides) expect(guide.data.sources.length, guide.slug).toBeGreaterThan(0);
  });

  it('names a publisher and a title for every source', () => {
    for (const { slug, source } of sources) {
      expect(source.publisher.trim(), `${slug}: ${source.title}`).not.toBe('');
      expect(source.title.trim(), `${slug}: ${source.publisher}`).not.toBe('');
    }
  });

  it('dates every source, unless it is on the commented list of sources without a known date', () => {
    const missing = sources
      .filter(({ source }) => !source.date && !allowance(source))
      .map(({ slug, source }) => `${slug}: ${source.publisher} – ${source.title}`);
    expect(missing).toEqual([]);
  });

  it('keeps the list of undated sources short and true: every entry is in use and has a reason', () => {
    for (const entry of undated) {
      expect(entry.reason.length, entry.titleStartsWith).toBeGreaterThan(10);
      const used = sources.some(({ source }) => !source.date && allowance(source) === entry);
      expect(used, `unused allow-list entry: ${entry.titleStartsWith}`).toBe(true);
    }
  });

  it('never dates a source after the page was last updated', () => {
    for (const guide of guides) {
      for (const source of guide.data.sources) {
        if (source.date) expect(source.date <= guide.data.updated, `${guide.slug}: ${source.title}`).toBe(true);
      }
    }
  });
});

describe('step numbers name their edition', () => {
  // Step numbers differ between SKR's 2019 edition and today's (2023/24): a number without its
  // edition and date in the text can send a reader to the wrong part of the guidance.
  const stepped = guides.filter((g) => g.data.skrStep !== undefined);

  it('says in words which edition, and its date, a step number refers to', () => {
    expect(stepped.length).toBeGreaterThan(0);
    for (const guide of stepped) {
      expect(guide.data.skrEdition, guide.slug).toBe('2019');
      expect(guide.body, guide.slug).toMatch(/2019 års utgåva/);
      expect(guide.body, guide.slug).toMatch(/25 november 2019/);
      expect(guide.body, guide.slug).toMatch(/dagens utgåva/);
    }
  });

  it("tells on the competence page where learning culture sits in today's edition", () => {
    const competence = guides.find((g) => g.slug === 'steg-4-kompetens-och-larande');
    expect(competence?.body).toMatch(/moment 10/);
    expect(competence?.body).toMatch(/8 november 2023/);
    expect(competence?.data.sources.some((s: Source) => s.date === '2023-11-08')).toBe(true);
  });
});
