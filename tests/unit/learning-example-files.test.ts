// Issue 16 B.1 against a real database and a real upload directory: an example's image and film
// are stored under random keys only once everything is checked, never left behind by a save that
// fails, deleted when replaced, removed or withdrawn, and served (with the right headers) to
// exactly those who may read the example's page: 404 for everyone else.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

type Viewer = Awaited<ReturnType<Seeded['viewer']>>;
const signedIn = vi.hoisted(() => ({ viewer: null as unknown }));
vi.mock('@/lib/auth/guards', () => ({
  getViewer: async () => signedIn.viewer,
  authorize: async () => signedIn.viewer,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../e2e/fixtures', name));
const png = fixture('bild.png');
const mp4 = fixture('film.mp4');
const vtt = fixture('undertexter.vtt');
const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);

let s: Seeded;
let uploadDir: string;
let examples: typeof import('@/lib/data/learning-examples');
let inspect: typeof import('@/lib/uploads/inspect');
let route: typeof import('@/app/[locale]/(portal)/exempel/[id]/fil/[fil]/route');
let author: Viewer;
let strateg: Viewer;
let chef: Viewer;
let norrvik: Viewer;

beforeAll(async () => {
  uploadDir = mkdtempSync(path.join(tmpdir(), 'portal-uploads-'));
  vi.stubEnv('UPLOAD_DIR', uploadDir);
  s = await seededDb();
  examples = await import('@/lib/data/learning-examples');
  inspect = await import('@/lib/uploads/inspect');
  route = await import('@/app/[locale]/(portal)/exempel/[id]/fil/[fil]/route');
  author = await s.viewer('medarbetare@sjostad.se');
  strateg = await s.viewer('strateg@sjostad.se');
  chef = await s.viewer('chef@sjostad.se');
  norrvik = await s.viewer('admin@norrvik.se');
});

afterAll(async () => {
  await s?.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

const stored = () => readdirSync(uploadDir).sort();
const media = async () => ({
  image: await inspect.inspectUpload('image', file(png, 'Moas semester.png')),
  imageAlt: 'Ett föräldrabrev där en pappa hämtar.',
  film: await inspect.inspectUpload('film', file(mp4, 'film.mp4')),
  captions: await inspect.inspectUpload('captions', file(vtt, 'undertexter.vtt')),
});
const text = (title = 'Vi bytte bilderna i föräldrabrevet') => ({
  title,
  what: 'Vi räknade vem som syns göra vad.',
  learned: 'Nästan bara mammor syntes.',
  changed: '',
  unitId: author.unitId ?? undefined,
  topics: ['stereotyper' as const],
  audiences: ['medarbetare' as const],
  showName: false,
});
const keyOf = (url: string) => url.split('/').at(-1)!;
const row = (id: string) => s.db.learningExample.findUniqueOrThrow({ where: { id } });

async function fetchFile(viewer: Viewer | null, url: string, headers: Record<string, string> = {}) {
  signedIn.viewer = viewer;
  const [, , id = '', , fil = ''] = url.split('/');
  return route.GET(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve({ id, fil }) });
}

describe(`files of learning examples (${engine})`, () => {
  it('stores the files under random keys and shows them with the example', async () => {
    const before = stored();
    const { id } = await examples.submitExample(author, { ...text(), ...(await media()) });
    const added = stored().filter((name) => !before.includes(name));
    expect(added).toHaveLength(3);
    for (const name of added) expect(name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const example = (await examples.getExample(author, id))!;
    expect(example.image).toEqual({
      url: `/exempel/${id}/fil/${(await row(id)).imageKey}`,
      alt: 'Ett föräldrabrev där en pappa hämtar.',
    });
    expect(example.film).toMatchObject({
      type: 'video/mp4',
      captionsUrl: expect.stringMatching(`^/exempel/${id}/fil/`),
    });
    expect(readFileSync(path.join(uploadDir, keyOf(example.image!.url)))).toEqual(png);
  });

  it('serves a file to exactly those who may read the example, with its type and nosniff', async () => {
    const { id } = await examples.submitExample(author, { ...text(), ...(await media()) });
    const { image, film } = (await examples.getExample(author, id))!;
    // Waiting for review: the author and the reviewer, nobody else (not even a colleague).
    const own = await fetchFile(author, image!.url);
    expect(own.status).toBe(200);
    expect(Object.fromEntries(own.headers)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
      'cache-control': 'private, max-age=300',
      'content-length': String(png.length),
    });
    expect(Buffer.from(await own.arrayBuffer())).toEqual(png);
    expect((await fetchFile(strateg, image!.url)).status).toBe(200);
    for (const reader of [chef, norrvik, null]) expect((await fetchFile(reader, image!.url)).status).toBe(404);

    await examples.reviewExample(strateg, { exampleId: id, decision: 'approve', comment: '' });
    // Published by an organisation whose examples are public: anyone, and shared caches may keep it.
    expect((await fetchFile(chef, image!.url)).status).toBe(200);
    const anyone = await fetchFile(null, film!.captionsUrl);
    expect(anyone.status).toBe(200);
    expect(anyone.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(anyone.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await anyone.text()).toBe(vtt.toString('utf8'));
    // Signed in elsewhere, the page is not theirs to read, so neither is the file.
    expect((await fetchFile(norrvik, image!.url)).status).toBe(404);

    const seek = await fetchFile(null, film!.url, { range: 'bytes=4-11' });
    expect(seek.status).toBe(206);
    expect(seek.headers.get('content-range')).toBe(`bytes 4-11/${mp4.length}`);
    expect(seek.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await seek.arrayBuffer()).toString('latin1')).toBe('ftypisom');
    expect((await fetchFile(null, film!.url, { range: `bytes=${mp4.length}-` })).status).toBe(416);

    await s.db.organisation.update({ where: { id: author.organisationId }, data: { examplesPublic: false } });
    try {
      expect((await fetchFile(null, image!.url)).status).toBe(404);
      const inside = await fetchFile(chef, image!.url);
      expect(inside.status).toBe(200);
      expect(inside.headers.get('cache-control')).toBe('private, max-age=300');
    } finally {
      await s.db.organisation.update({ where: { id: author.organisationId }, data: { examplesPublic: true } });
    }
  });

  it('answers 404 for a key that is not one of the example’s files', async () => {
    const first = await examples.submitExample(author, { ...text(), ...(await media()) });
    const second = await examples.submitExample(author, { ...text(), ...(await media()) });
    const other = (await examples.getExample(author, second.id))!.image!.url;
    for (const fil of [keyOf(other), crypto.randomUUID(), '..%2F..%2Fportal.db', 'x'])
      expect((await fetchFile(author, `/exempel/${first.id}/fil/${fil}`)).status).toBe(404);
    expect(await examples.getExampleFile(author, first.id, '')).toBeNull();
  });

  it('leaves no file behind when a save is refused or fails', async () => {
    const before = stored();
    const rows = await s.db.learningExample.count();
    const otherUnit = await s.db.orgUnit.findFirstOrThrow({ where: { organisationId: norrvik.organisationId } });
    await expect(
      examples.submitExample(author, { ...text(), ...(await media()), unitId: otherUnit.id }),
    ).rejects.toThrow(/Enheten finns inte/);
    await expect(
      examples.submitExample(author, { ...text(), ...(await media()), imageAlt: undefined }),
    ).rejects.toThrow(/Beskriv vad bilden visar/);
    // The database refuses after the files are written (an author who no longer exists).
    await expect(
      examples.submitExample({ ...author, id: 'ingen-sadan' }, { ...text(), ...(await media()) }),
    ).rejects.toThrow();
    expect(stored()).toEqual(before);
    expect(await s.db.learningExample.count()).toBe(rows);

    const { id } = await examples.submitExample(author, { ...text(), ...(await media()) });
    const saved = stored();
    const { version } = await row(id);
    const image = await inspect.inspectUpload('image', file(png, 'ny.png'));
    await expect(
      examples.updateExample(author, { ...text(), exampleId: id, version: version - 1, image, imageAlt: 'Ny bild' }),
    ).rejects.toThrow(/har ändrats sedan du öppnade det/);
    expect(stored()).toEqual(saved);
    expect((await row(id)).imageKey).not.toBeNull();
  });

  it('deletes the old file when one is replaced or removed', async () => {
    const { id } = await examples.submitExample(author, { ...text(), ...(await media()) });
    const first = await row(id);
    const image = await inspect.inspectUpload('image', file(png, 'ny.png'));
    await examples.updateExample(author, {
      ...text('Med en ny bild'),
      exampleId: id,
      version: first.version,
      image,
      imageAlt: 'En ny bild',
    });
    const second = await row(id);
    expect(second.imageKey).not.toBe(first.imageKey);
    expect(second).toMatchObject({ imageAlt: 'En ny bild', filmKey: first.filmKey, captionsKey: first.captionsKey });
    expect(stored()).not.toContain(first.imageKey);
    expect(stored()).toContain(second.imageKey);

    await examples.updateExample(author, {
      ...text('Utan film'),
      exampleId: id,
      version: second.version,
      imageAlt: 'En ny bild',
      removeFilm: true,
    });
    const third = await row(id);
    expect(third).toMatchObject({ filmKey: null, filmType: null, captionsKey: null, imageKey: second.imageKey });
    expect(stored()).not.toContain(first.filmKey);
    expect(stored()).not.toContain(first.captionsKey);
    expect(await examples.getExampleFile(author, id, first.filmKey!)).toBeNull();
  });

  it('deletes the files when the author withdraws the example', async () => {
    const { id } = await examples.submitExample(author, { ...text(), ...(await media()) });
    const { imageKey, filmKey, captionsKey } = await row(id);
    const { image } = (await examples.getExample(author, id))!;
    await examples.withdrawExample(author, id);
    for (const key of [imageKey, filmKey, captionsKey]) expect(stored()).not.toContain(key);
    expect(await row(id)).toMatchObject({ imageKey: null, filmKey: null, captionsKey: null, imageAlt: null });
    expect((await fetchFile(author, image!.url)).status).toBe(404);
  });

  it('deletes the files of a declined example, which its author can no longer withdraw', async () => {
    const { id } = await examples.submitExample(author, { ...text(), ...(await media()) });
    const { imageKey, filmKey, captionsKey } = await row(id);
    await examples.reviewExample(strateg, { exampleId: id, decision: 'decline', comment: 'Passar inte här.' });
    for (const key of [imageKey, filmKey, captionsKey]) expect(stored()).not.toContain(key);
    expect(await row(id)).toMatchObject({ status: 'DECLINED', imageKey: null, filmKey: null, captionsKey: null });
  });

  it('keeps the files of an example sent back for changes', async () => {
    const { id } = await examples.submitExample(author, { ...text(), ...(await media()) });
    const { imageKey } = await row(id);
    await examples.reviewExample(strateg, { exampleId: id, decision: 'changes', comment: 'Skriv mer om resultatet.' });
    expect(stored()).toContain(imageKey);
  });
});

describe(`the example form's action (${engine})`, () => {
  const form = (fields: Record<string, string | File | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields))
      for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
    return data;
  };
  const typed = {
    title: 'Bilder som inte stämde',
    what: 'Vi räknade.',
    learned: 'Mest mammor.',
    topics: ['stereotyper'],
    audiences: ['medarbetare'],
  };

  it('refuses wrong files with a Swedish message on each field, keeps the text and saves nothing', async () => {
    const { submitExampleAction } = await import('@/lib/actions/examples');
    const { idle } = await import('@/lib/actions/state');
    signedIn.viewer = author;
    const before = { files: stored(), rows: await s.db.learningExample.count() };
    const state = await submitExampleAction(
      idle,
      form({
        ...typed,
        image: file(mp4, 'bild.png'),
        imageAlt: '',
        film: file(png, 'film.mp4'),
        captions: new File([], ''),
      }),
    );
    expect(state).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      values: { title: typed.title, what: 'Vi räknade.' },
    });
    expect(state.fieldErrors).toMatchObject({
      image: ['Bilden måste vara en PNG-, JPEG- eller WebP-bild. Den valda filen är inte det.'],
      imageAlt: ['Beskriv vad bilden visar. Texten läses upp för den som inte ser bilden.'],
      film: ['Filmen måste vara en MP4- eller WebM-fil. Den valda filen är inte det.'],
      captions: [expect.stringContaining('En film behöver undertexter')],
    });
    expect(stored()).toEqual(before.files);
    expect(await s.db.learningExample.count()).toBe(before.rows);
  });

  it('saves good files and goes on to the author’s list', async () => {
    const { submitExampleAction } = await import('@/lib/actions/examples');
    const { idle } = await import('@/lib/actions/state');
    signedIn.viewer = author;
    const before = stored().length;
    await expect(
      submitExampleAction(
        idle,
        form({
          ...typed,
          title: 'Med bild och film',
          image: file(png, 'bild.png'),
          imageAlt: 'En pappa hämtar på förskolan.',
          film: file(mp4, 'film.mp4'),
          captions: file(vtt, 'undertexter.vtt'),
        }),
      ),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    const saved = await s.db.learningExample.findFirstOrThrow({ where: { title: 'Med bild och film' } });
    expect(saved).toMatchObject({
      imageType: 'image/png',
      filmType: 'video/mp4',
      imageAlt: 'En pappa hämtar på förskolan.',
    });
    expect(stored()).toHaveLength(before + 3);
  });
});
