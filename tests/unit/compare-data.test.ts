// The comparison between organisations against a real database (the suite's engine): only those
// that share are shown, only to those that share, named or lettered as they chose, and an
// organisation that stops sharing is gone from the next view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDb, type Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let compare: typeof import('@/lib/data/compare');
let settings: typeof import('@/lib/data/admin-settings');

beforeAll(async () => {
  s = await seededDb();
  compare = await import('@/lib/data/compare');
  settings = await import('@/lib/data/admin-settings');
});
afterAll(() => s.close());

const labels = (c: Awaited<ReturnType<typeof compare.loadComparison>>) =>
  c.sharing ? c.tables[0]!.rows.map((r) => r.label) : null;

async function share(email: string, shareStatistics: boolean, shareName: boolean) {
  const admin = await s.viewer(email);
  const current = await settings.getOrganisationSettings(admin);
  await settings.updateOrganisationSettings(admin, { ...current, shareStatistics, shareName });
}

describe(`comparison between organisations (${engine})`, () => {
  it("shows both demo organisations to each other, one's own first, with the same protection", async () => {
    const strategist = await s.viewer('strateg@sjostad.se');
    const c = await compare.loadComparison(strategist);
    expect(labels(c)).toEqual(['Sjöstads kommun (er organisation)', 'Region Norrvik']);
    if (!c.sharing) throw new Error('not sharing');
    const [own, norrvik] = c.tables[0]!.rows;
    expect(own!.cells.KVINNA).toMatchObject({ hidden: false });
    expect(own!.cells.MAN).toMatchObject({ hidden: false });
    // Norrvik has four people: nothing about them is shared.
    expect(norrvik!.total).toEqual({ hidden: true, reason: 'small' });
  });

  it('letters an organisation that shares its figures but not its name', async () => {
    await share('admin@norrvik.se', true, false);
    expect(labels(await compare.loadComparison(await s.viewer('strateg@sjostad.se')))).toEqual([
      'Sjöstads kommun (er organisation)',
      'Region A',
    ]);
  });

  it('drops an organisation that stops sharing from the next view, and shows it nothing either', async () => {
    await share('admin@norrvik.se', false, true);
    expect(labels(await compare.loadComparison(await s.viewer('strateg@sjostad.se')))).toEqual([
      'Sjöstads kommun (er organisation)',
    ]);
    expect(await compare.loadComparison(await s.viewer('admin@norrvik.se'))).toEqual({ sharing: false });
    // A name is never shared without the figures.
    expect(await settings.getOrganisationSettings(await s.viewer('admin@norrvik.se'))).toMatchObject({
      shareStatistics: false,
      shareName: false,
    });
  });

  it('gives an organisation its own key figures as shared, also when it does not share', async () => {
    const { figures, organisation } = await compare.ownKeyFigures(await s.viewer('admin@norrvik.se'));
    expect(organisation).toMatchObject({ name: 'Region Norrvik', shareStatistics: false });
    expect(figures.map((f) => f.measure)).toEqual(['completion', 'assigned', 'overdue']);
    expect(figures[0]!.figures.total).toEqual({ hidden: true, reason: 'small' });
  });
});
