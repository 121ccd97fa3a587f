// The search data layer against a real database (the suite's engine): it searches what is
// published, guidance and courses together, and a course taken off the site drops out of the next
// search without a restart (the index is rebuilt when the fingerprint changes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDb, type Seeded } from '../support/seeded-db';

let seeded: Seeded;
let searchSite: typeof import('@/lib/data/site-search').searchSite;

beforeAll(async () => {
  seeded = await seededDb();
  const organisationId = (await seeded.db.organisation.findFirstOrThrow({ orderBy: { createdAt: 'asc' } })).id;
  const { seedGuides } = await import('@/prisma/seed/guides');
  await seedGuides(seeded.db, organisationId);
  searchSite = (await import('@/lib/data/site-search')).searchSite;
});

afterAll(async () => {
  await seeded?.close();
});

const ids = async (query: string) => (await searchSite({ query })).hits.map((h) => h.id);

describe('searchSite', () => {
  it('finds published guidance, courses and lessons in one search', async () => {
    const found = await ids('könsstereotyper');
    expect(found).toContain('guide:stereotyper-i-verksamheten');
    expect(found).toContain('course:konsstereotyper');
    expect(found).toContain('lesson:konsstereotyper/vad-ar-konsstereotyper');
  });

  it('drops a course that is no longer published from the next search, and brings it back', async () => {
    const where = { slug: 'konsstereotyper' };
    await seeded.db.course.updateMany({ where, data: { status: 'DRAFT' } });
    const hidden = await ids('könsstereotyper');
    expect(hidden.filter((id) => id.includes('konsstereotyper/') || id === 'course:konsstereotyper')).toEqual([]);
    expect(hidden).toContain('guide:stereotyper-i-verksamheten');
    await seeded.db.course.updateMany({ where, data: { status: 'PUBLISHED' } });
    expect(await ids('könsstereotyper')).toContain('course:konsstereotyper');
  });

  it('lists only guidance pages when asked for them without a query', async () => {
    const { hits } = await searchSite({ kinds: ['guide'] });
    expect(hits.length).toBeGreaterThan(20);
    expect(hits.every((h) => h.kind === 'guide')).toBe(true);
  });
});
