// What a learning example may carry: an image, a short film and the film's WebVTT captions. One
// table for the form (it checks sizes before anything is sent), the schema and the server's checks
// of what a file really is (lib/uploads/inspect.ts reads its first bytes; names and the browser's
// type are never trusted). Client-safe.

const MB = 1024 * 1024;

export type UploadKind = 'image' | 'film' | 'captions';

type Rule = {
  maxBytes: number;
  /** Types recognised from the content (magic bytes), never from the name. */
  types: readonly string[];
  /** The file picker's filter: a convenience for the person, not a check. */
  accept: string;
  tooBig: string;
  wrongType: string;
};

export const uploadRules = {
  image: {
    maxBytes: 5 * MB,
    types: ['image/png', 'image/jpeg', 'image/webp'],
    accept: 'image/png,image/jpeg,image/webp',
    tooBig: 'Bilden är större än 5 MB. Välj en mindre bild.',
    wrongType: 'Bilden måste vara en PNG-, JPEG- eller WebP-bild. Den valda filen är inte det.',
  },
  film: {
    maxBytes: 50 * MB,
    types: ['video/mp4', 'video/webm'],
    accept: 'video/mp4,video/webm',
    tooBig: 'Filmen är större än 50 MB. Korta den eller spara den i lägre upplösning.',
    wrongType: 'Filmen måste vara en MP4- eller WebM-fil. Den valda filen är inte det.',
  },
  captions: {
    maxBytes: 200 * 1024,
    types: ['text/vtt'],
    accept: '.vtt,text/vtt',
    tooBig: 'Undertextfilen är större än 200 kB.',
    wrongType: 'Undertexterna måste vara en WebVTT-fil (.vtt) som börjar med WEBVTT.',
  },
} as const satisfies Record<UploadKind, Rule>;

export const IMAGE_ALT_MAX = 300;

export const ALT_REQUIRED = 'Beskriv vad bilden visar. Texten läses upp för den som inte ser bilden.';
export const CAPTIONS_REQUIRED =
  'En film behöver undertexter: välj en WebVTT-fil (.vtt), så att den som inte hör ljudet kan följa med.';
export const CAPTIONS_WITHOUT_FILM = 'Undertexterna hör till en film. Välj filmen också, eller ta bort undertextfilen.';

/** A chosen file as the server saw it: its size and the type its content shows (null: none we take). */
export type InspectedUpload = { file: Blob; size: number; type: string | null };

/** What is wrong with a chosen file, or undefined when it may be saved. */
export function uploadProblem(kind: UploadKind, upload: Pick<InspectedUpload, 'size' | 'type'>): string | undefined {
  const rule: Rule = uploadRules[kind];
  if (upload.size > rule.maxBytes) return rule.tooBig;
  if (!upload.type || !rule.types.includes(upload.type)) return rule.wrongType;
  return undefined;
}

/** The form's own check before sending: only the size can be known there. */
export function tooBigToSend(kind: UploadKind, file: { size: number } | null | undefined): string | undefined {
  return file && file.size > uploadRules[kind].maxBytes ? uploadRules[kind].tooBig : undefined;
}
