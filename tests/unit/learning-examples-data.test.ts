// Learning examples (issue 16 B) against a real database: nothing is public before a strategist
// approves it; the author edits after a request for changes, chooses the name shown, and can
// withdraw it, after which it is gone everywhere; nobody else edits it, and no other organisation
// reads it unless that organisation's examples are public.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let examples: typeof import('@/lib/data/learning-examples');
let author: Awaited<ReturnType<Seeded['viewer']>>;
let strateg: Awaited<ReturnType<Seeded['viewer']>>;

const input = (over: Partial<import('@/lib/validation/examples').ExampleInput> = {}) => ({
  title: 'Vi bytte bilderna i föräldrabrevet',
  what: 'Vi gick igenom bilderna vi skickar hem och räknade vem som syns göra vad.',
  learned: 'Nästan bara mammor syntes på bilderna om hämtning och lämning.',
  changed: 'Nu vänder vi oss till båda vårdnadshavarna.',
  unitId: author.unitId ?? undefined,
  topics: ['stereotyper' as const],
  audiences: ['medarbetare' as const],
  showName: false,
  ...over,
});

beforeAll(async () => {
  s = await seededDb();
  examples = await import('@/lib/data/learning-examples');
  author = await s.viewer('medarbetare@sjostad.se');
  strateg = await s.viewer('strateg@sjostad.se');
});

afterAll(() => s?.close());

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe(`learning examples (${engine})`, () => {
  it('goes from submitted through a request for changes and an edit to published, then withdrawn', async () => {
    const { id } = await examples.submitExample(author, input());
    expect(ids(await examples.listPublishedExamples(author))).not.toContain(id);
    expect(ids(await examples.listPublishedExamples(null))).not.toContain(id);
    // The reviewer reads it (and its files) before deciding; a colleague does not.
    expect(await examples.getExample(strateg, id)).not.toBeNull();
    expect(await examples.getExample(await s.viewer('chef@sjostad.se'), id)).toBeNull();
    expect(ids(await examples.listExamplesForReview(strateg))).toContain(id);
    await expect(examples.listExamplesForReview(author)).rejects.toThrow(/behörighet/);

    await examples.reviewExample(strateg, {
      exampleId: id,
      decision: 'changes',
      comment: 'Skriv vilken förskola det gäller.',
    });
    const mine = (await examples.listMyExamples(author)).find((e) => e.id === id)!;
    expect(mine).toMatchObject({ status: 'CHANGES_REQUESTED', reviewComment: 'Skriv vilken förskola det gäller.' });
    await expect(examples.reviewExample(strateg, { exampleId: id, decision: 'approve', comment: '' })).rejects.toThrow(
      /väntar inte på granskning/,
    );

    await expect(
      examples.updateExample(author, { ...input(), exampleId: id, version: mine.version - 1 }),
    ).rejects.toThrow(/har ändrats sedan du öppnade det/);
    await examples.updateExample(author, {
      ...input({ title: 'Förskolan Solrosen bytte bilderna' }),
      exampleId: id,
      version: mine.version,
    });
    await examples.reviewExample(strateg, { exampleId: id, decision: 'approve', comment: '' });

    const published = (await examples.listPublishedExamples(author)).find((e) => e.id === id)!;
    expect(published).toMatchObject({
      title: 'Förskolan Solrosen bytte bilderna',
      byline: 'En kollega på Förskolan Solrosen',
    });
    // Sjöstad lets anyone read its examples; they show beside guidance on the same topic.
    expect(ids(await examples.listPublishedExamples(null))).toContain(id);
    expect(ids(await examples.publicExamplesFor(['stereotyper']))).toContain(id);
    expect(ids(await examples.publicExamplesFor(['statistik-och-analys']))).not.toContain(id);
    // Another organisation's people read only their own.
    const norrvik = await s.viewer('admin@norrvik.se');
    expect(ids(await examples.listPublishedExamples(norrvik))).not.toContain(id);
    expect(await examples.getExample(norrvik, id)).toBeNull();

    await examples.setExampleName(author, id, true);
    expect((await examples.getExample(null, id))!.byline).toBe('Moa Medarbetare');

    await examples.withdrawExample(author, id);
    expect(ids(await examples.listPublishedExamples(author))).not.toContain(id);
    expect(ids(await examples.publicExamplesFor(['stereotyper']))).not.toContain(id);
    expect(await examples.getExample(null, id)).toBeNull();
    expect(await s.db.auditEvent.count({ where: { entityId: id } })).toBe(5);
  });

  it('keeps everyone but the author from changing it, and keeps a closed organisation private', async () => {
    const { id } = await examples.submitExample(author, input());
    const colleague = await s.viewer('chef@sjostad.se');
    await expect(examples.withdrawExample(colleague, id)).rejects.toThrow(/finns inte bland dina/);
    await expect(examples.setExampleName(colleague, id, true)).rejects.toThrow(/finns inte bland dina/);
    await expect(examples.updateExample(colleague, { ...input(), exampleId: id, version: 1 })).rejects.toThrow(
      /finns inte bland dina/,
    );
    const norrvikAdmin = await s.viewer('admin@norrvik.se');
    await expect(
      examples.reviewExample({ ...norrvikAdmin }, { exampleId: id, decision: 'approve', comment: '' }),
    ).rejects.toThrow(/finns inte/);
    await examples.reviewExample(strateg, { exampleId: id, decision: 'approve', comment: '' });
    await s.db.organisation.update({ where: { id: author.organisationId }, data: { examplesPublic: false } });
    expect(ids(await examples.listPublishedExamples(null))).not.toContain(id);
    expect(await examples.getExample(null, id)).toBeNull();
    expect(ids(await examples.listPublishedExamples(author))).toContain(id);
    await s.db.organisation.update({ where: { id: author.organisationId }, data: { examplesPublic: true } });
  });

  it('refuses markup, a missing text, and a request for changes without a comment', async () => {
    const { exampleSchema, exampleReviewSchema } = await import('@/lib/validation/examples');
    const bad = exampleSchema.safeParse({ ...input(), title: '<script>alert(1)</script>', learned: '' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toContain('Skriv vanlig text utan HTML-taggar (tecknet < följt av en bokstav).');
    expect(messages).toContain('Berätta vad ni lärde er.');
    const review = exampleReviewSchema.safeParse({ exampleId: 'x', decision: 'changes', comment: '' });
    expect(review.error?.issues[0]?.message).toMatch(/Skriv en kommentar/);
  });
});
