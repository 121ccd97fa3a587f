// Issue 16 B.1: an example's image, film and captions are judged by what they are (their first
// bytes), not by their name or the type the browser claims, and by size; an image needs its alt
// text and a film its WebVTT captions. Guards against a PNG named .mp4 (or an SVG, or HTML named
// .vtt) being stored and served as something it is not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectExampleUploads, inspectUpload, isWebVtt } from '@/lib/uploads/inspect';
import { mediaProblem, mediaView, nextMedia, noMedia, storedType, type StoredMedia } from '@/lib/uploads/media';
import { parseRange } from '@/lib/uploads/range';
import {
  ALT_REQUIRED,
  CAPTIONS_REQUIRED,
  CAPTIONS_WITHOUT_FILM,
  uploadProblem,
  uploadRules,
} from '@/lib/uploads/rules';
import { exampleEditSchema, exampleSchema } from '@/lib/validation/examples';
import { MARKUP_MESSAGE } from '@/lib/validation/form';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../e2e/fixtures', name));
const png = fixture('bild.png');
const mp4 = fixture('film.mp4');
const vtt = fixture('undertexter.vtt');
const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');
const jpeg = hex('ffd8ffe000104a46494600010100000100010000');
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  hex('1a000000'),
  Buffer.from('WEBPVP8L'),
  hex('0d0000002f00000010071000'),
]);
const webm = hex('1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878104428581 02');
const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;');
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const quicktime = hex('00000014 66747970 71742020 00000000 71742020');

/** A file as a browser sends it: any name and any claimed type. */
const file = (bytes: Uint8Array | string, name: string, type = 'application/octet-stream') =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });

const problem = async (kind: 'image' | 'film' | 'captions', f: File) => {
  const inspected = await inspectUpload(kind, f);
  return inspected && uploadProblem(kind, inspected);
};

describe('what a file is, from its content', () => {
  it('takes PNG, JPEG and WebP images, MP4 and WebM films and WebVTT captions', async () => {
    for (const bytes of [png, jpeg, webp]) expect(await problem('image', file(bytes, 'bild'))).toBeUndefined();
    for (const bytes of [mp4, webm]) expect(await problem('film', file(bytes, 'film'))).toBeUndefined();
    expect(await problem('captions', file(vtt, 'undertexter.vtt'))).toBeUndefined();
    expect((await inspectUpload('image', file(webp, 'x')))?.type).toBe('image/webp');
    expect((await inspectUpload('film', file(webm, 'x')))?.type).toBe('video/webm');
  });

  it('refuses a file whose content is not what its name and claimed type say', async () => {
    // A PNG renamed .mp4 (and claimed as a film by the browser) is still a PNG.
    expect(await problem('film', file(png, 'film.mp4', 'video/mp4'))).toBe(uploadRules.film.wrongType);
    expect(await problem('image', file(mp4, 'bild.png', 'image/png'))).toBe(uploadRules.image.wrongType);
    expect(await problem('image', file(gif, 'bild.png', 'image/png'))).toBe(uploadRules.image.wrongType);
    expect(await problem('image', file(svg, 'bild.png', 'image/png'))).toBe(uploadRules.image.wrongType);
    expect(await problem('film', file(quicktime, 'film.mp4', 'video/mp4'))).toBe(uploadRules.film.wrongType);
    expect(await problem('captions', file(png, 'text.vtt', 'text/vtt'))).toBe(uploadRules.captions.wrongType);
    expect(await problem('captions', file('<script>alert(1)</script>', 'text.vtt', 'text/vtt'))).toBe(
      uploadRules.captions.wrongType,
    );
  });

  it('knows WebVTT by its first line, as UTF-8 text', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(isWebVtt(text('WEBVTT'))).toBe(true);
    expect(isWebVtt(text('\uFEFFWEBVTT - undertexter\r\n\r\n00:00.000 --> 00:01.000\nHej'))).toBe(true);
    expect(isWebVtt(text('WEBVTTX\n'))).toBe(false);
    expect(isWebVtt(text(' WEBVTT\n'))).toBe(false);
    expect(isWebVtt(text('1\n00:00:00,000 --> 00:00:01,000\nHej\n'))).toBe(false); // SubRip, not WebVTT
    expect(isWebVtt(new Uint8Array([...text('WEBVTT\n'), 0xff, 0xfe]))).toBe(false);
    expect(isWebVtt(text('WEBVTT\n\0'))).toBe(false);
  });

  it('refuses a file over its limit without reading it', async () => {
    const big = (kind: 'image' | 'film' | 'captions') =>
      file(new Uint8Array(uploadRules[kind].maxBytes + 1), kind === 'captions' ? 'x.vtt' : 'x');
    for (const kind of ['image', 'film', 'captions'] as const) {
      const inspected = await inspectUpload(kind, big(kind));
      expect(inspected?.type).toBeNull();
      expect(uploadProblem(kind, inspected!)).toBe(uploadRules[kind].tooBig);
    }
    // Exactly at the limit is fine (as far as size goes).
    const atLimit = Buffer.concat([png, Buffer.alloc(uploadRules.image.maxBytes - png.length)]);
    expect(await problem('image', file(atLimit, 'x.png'))).toBeUndefined();
  });

  it('treats a file input left empty, or a text field under a file name, as no file', async () => {
    expect(await inspectUpload('image', new File([], ''))).toBeUndefined();
    // The same empty part, as React sends it again from the page's script (e2e found it).
    expect(await inspectUpload('image', new File([], 'blob'))).toBeUndefined();
    expect(await inspectUpload('image', null)).toBeUndefined();
    const form = new FormData();
    form.set('image', 'inte en fil');
    form.set('film', new File([], ''));
    form.set('captions', file(vtt, 'u.vtt'));
    const found = await inspectExampleUploads(form);
    expect(found.image).toBeUndefined();
    expect(found.film).toBeUndefined();
    expect(found.captions?.type).toBe('text/vtt');
  });
});

describe('the example schema with files', () => {
  const text = {
    title: 'Bilder i föräldrabrevet',
    what: 'Vi räknade.',
    learned: 'Mest mammor.',
    topics: ['stereotyper'],
    audiences: ['medarbetare'],
  };
  const upload = async (kind: 'image' | 'film' | 'captions', f: File) => (await inspectUpload(kind, f))!;
  const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

  it('takes an image with alt text and a film with captions', async () => {
    const parsed = exampleSchema.safeParse({
      ...text,
      image: await upload('image', file(png, 'b.png')),
      imageAlt: '  Ett dagis-brev med en pappa som hämtar.  ',
      film: await upload('film', file(mp4, 'f.mp4')),
      captions: await upload('captions', file(vtt, 'u.vtt')),
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.imageAlt).toBe('Ett dagis-brev med en pappa som hämtar.');
    expect(parsed.data?.image?.type).toBe('image/png');
  });

  it('tells every problem at once, each on its own field', async () => {
    const parsed = exampleSchema.safeParse({
      ...text,
      title: '',
      image: await upload('image', file(mp4, 'b.png', 'image/png')),
      imageAlt: '',
      film: await upload('film', file(png, 'f.mp4', 'video/mp4')),
    });
    expect(errors(parsed)).toMatchObject({
      title: 'Skriv en rubrik.',
      image: uploadRules.image.wrongType,
      imageAlt: ALT_REQUIRED,
      film: uploadRules.film.wrongType,
      captions: CAPTIONS_REQUIRED,
    });
  });

  it('refuses markup and overlong alt text, captions that are not WebVTT, and captions without a film', async () => {
    const image = await upload('image', file(png, 'b.png'));
    expect(errors(exampleSchema.safeParse({ ...text, image, imageAlt: '<img src=x onerror=alert(1)>' }))).toEqual({
      imageAlt: MARKUP_MESSAGE,
    });
    expect(errors(exampleSchema.safeParse({ ...text, image, imageAlt: 'a'.repeat(301) }))).toEqual({
      imageAlt: 'Skriv högst 300 tecken.',
    });
    const film = await upload('film', file(mp4, 'f.mp4'));
    const srt = await upload('captions', file('1\n00:00:00,000 --> 00:00:01,000\nHej', 'u.vtt', 'text/vtt'));
    expect(errors(exampleSchema.safeParse({ ...text, film, captions: srt }))).toEqual({
      captions: uploadRules.captions.wrongType,
    });
    const captions = await upload('captions', file(vtt, 'u.vtt'));
    expect(errors(exampleSchema.safeParse({ ...text, captions }))).toEqual({ captions: CAPTIONS_WITHOUT_FILM });
  });

  it('on an edit, wants alt text for a kept image and takes new captions for a kept film', async () => {
    const edit = { ...text, exampleId: 'e1', version: '3' };
    expect(errors(exampleEditSchema.safeParse({ ...edit, hasImage: 'true' }))).toEqual({ imageAlt: ALT_REQUIRED });
    expect(exampleEditSchema.safeParse({ ...edit, hasImage: 'true', removeImage: 'on' }).success).toBe(true);
    const captions = await upload('captions', file(vtt, 'u.vtt'));
    expect(exampleEditSchema.safeParse({ ...edit, hasFilm: 'true', captions }).success).toBe(true);
    expect(errors(exampleEditSchema.safeParse({ ...edit, hasFilm: 'true', removeFilm: 'on', captions }))).toEqual({
      captions: CAPTIONS_WITHOUT_FILM,
    });
  });
});

describe('an example’s media after a save', () => {
  const upload = { file: new Blob(), size: 10, type: 'image/png' };
  const before: StoredMedia = {
    imageKey: 'img-1',
    imageType: 'image/jpeg',
    imageAlt: 'Gammal bild',
    filmKey: 'film-1',
    filmType: 'video/webm',
    captionsKey: 'vtt-1',
  };

  it('keeps what is not replaced or removed, and names the files no longer used', () => {
    expect(nextMedia({ imageAlt: 'Ny text' }, {}, before)).toEqual({
      after: { ...before, imageAlt: 'Ny text' },
      dropped: [],
    });
    const replaced = nextMedia({ image: upload, imageAlt: 'Ny bild' }, { image: 'img-2' }, before);
    expect(replaced.after).toMatchObject({ imageKey: 'img-2', imageType: 'image/png', imageAlt: 'Ny bild' });
    expect(replaced.dropped).toEqual(['img-1']);
    const removed = nextMedia({ removeImage: true, removeFilm: true, imageAlt: 'x' }, {}, before);
    expect(removed).toEqual({ after: noMedia, dropped: ['img-1', 'film-1', 'vtt-1'] });
    const newCaptions = nextMedia({ imageAlt: 'Gammal bild', captions: upload }, { captions: 'vtt-2' }, before);
    expect(newCaptions.after.captionsKey).toBe('vtt-2');
    expect(newCaptions.dropped).toEqual(['vtt-1']);
  });

  it('decides the same as the form, from what is stored', () => {
    expect(mediaProblem({}, before)).toBe(ALT_REQUIRED);
    expect(mediaProblem({ imageAlt: 'Bild' }, before)).toBeUndefined();
    expect(mediaProblem({ film: { ...upload, type: 'video/mp4' }, imageAlt: 'Bild' }, before)).toBe(CAPTIONS_REQUIRED);
    expect(mediaProblem({ captions: { ...upload, type: 'text/vtt' } }, noMedia)).toBe(CAPTIONS_WITHOUT_FILM);
    expect(mediaProblem({ image: upload }, noMedia)).toBe(ALT_REQUIRED);
    expect(mediaProblem({ image: { ...upload, type: 'image/gif' }, imageAlt: 'x' }, noMedia)).toBe(
      uploadRules.image.wrongType,
    );
  });

  it('gives readers addresses under the example, and each file its stored type', () => {
    expect(mediaView('ex1', before)).toEqual({
      image: { url: '/exempel/ex1/fil/img-1', alt: 'Gammal bild' },
      film: { url: '/exempel/ex1/fil/film-1', type: 'video/webm', captionsUrl: '/exempel/ex1/fil/vtt-1' },
    });
    expect(mediaView('ex1', noMedia)).toEqual({ image: null, film: null });
    expect(storedType(before, 'img-1')).toBe('image/jpeg');
    expect(storedType(before, 'vtt-1')).toBe('text/vtt');
    expect(storedType(before, 'img-2')).toBeNull();
    expect(storedType(noMedia, '')).toBeNull();
  });
});

describe('Range requests', () => {
  it('answers one range, open-ended or from the end', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('sends the whole file for no range, several ranges or nonsense', () => {
    for (const header of [null, '', 'bytes=0-1,5-6', 'items=0-5', 'bytes=-', 'bytes=5-1', 'bytes=a-b'])
      expect(parseRange(header, 1000)).toBeNull();
  });

  it('says when a range is past the end', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
  });
});
