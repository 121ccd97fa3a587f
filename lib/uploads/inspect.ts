import 'server-only';
import { fileTypeFromBuffer } from 'file-type';
import { uploadRules, type InspectedUpload, type UploadKind } from './rules';

// What a chosen file really is, from its first bytes (file-type knows the signatures of PNG, JPEG,
// WebP, MP4's `ftyp` box and WebM's EBML header). A file over its limit is not read at all.

const HEAD_BYTES = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** WebVTT: UTF-8 text whose first line is "WEBVTT", alone or followed by a space or tab (W3C WebVTT, 4.1). */
export function isWebVtt(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return false;
  }
  return /^\uFEFF?WEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|$)/.test(text) && !text.includes('\0');
}

async function contentType(kind: UploadKind, file: Blob): Promise<string | null> {
  // Captions are small (checked above) and read whole: every byte must be text.
  if (kind === 'captions') return isWebVtt(new Uint8Array(await file.arrayBuffer())) ? 'text/vtt' : null;
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return (await fileTypeFromBuffer(head))?.mime ?? null;
}

/**
 * The file sent in a form field, or undefined when none was chosen. A file input left empty sends
 * an empty part: unnamed when the browser posts the form, named "blob" when the page's script
 * sends the form's data again (React's Server Action call). An empty file carries nothing to keep
 * either, so an empty part is no file, whatever its name.
 */
export async function inspectUpload(
  kind: UploadKind,
  entry: FormDataEntryValue | null,
): Promise<InspectedUpload | undefined> {
  if (!(entry instanceof Blob)) return undefined;
  if (entry.size === 0) return undefined;
  const readable = entry.size > 0 && entry.size <= uploadRules[kind].maxBytes;
  return { file: entry, size: entry.size, type: readable ? await contentType(kind, entry) : null };
}

/** The three file fields of the example form, inspected. */
export async function inspectExampleUploads(form: FormData) {
  const [image, film, captions] = await Promise.all(
    (['image', 'film', 'captions'] as const).map((kind) => inspectUpload(kind, form.get(kind))),
  );
  return { image, film, captions };
}
