import {
  ALT_REQUIRED,
  CAPTIONS_REQUIRED,
  CAPTIONS_WITHOUT_FILM,
  uploadProblem,
  type InspectedUpload,
  type UploadKind,
} from './rules';

// A learning example's image and film as stored (keys and types in its row, files in lib/uploads/store),
// what a save changes, and the addresses readers get. Pure: the data layer decides with it.

export type StoredMedia = {
  imageKey: string | null;
  imageType: string | null;
  imageAlt: string | null;
  filmKey: string | null;
  filmType: string | null;
  captionsKey: string | null;
};

export const noMedia: StoredMedia = {
  imageKey: null,
  imageType: null,
  imageAlt: null,
  filmKey: null,
  filmType: null,
  captionsKey: null,
};

export type MediaInput = Partial<Record<UploadKind, InspectedUpload>> & {
  imageAlt?: string;
  removeImage?: boolean;
  removeFilm?: boolean;
};

export const mediaKeys = (m: StoredMedia) => [m.imageKey, m.filmKey, m.captionsKey];

/**
 * What would be wrong with the example after this save, judged against what it has now: the
 * schema says the same to the form, this decides (a request need not come from the form).
 */
export function mediaProblem(input: MediaInput, before: StoredMedia): string | undefined {
  for (const kind of ['image', 'film', 'captions'] as const) {
    const problem = input[kind] && uploadProblem(kind, input[kind]);
    if (problem) return problem;
  }
  const image = input.image || (!input.removeImage && before.imageKey);
  const film = input.film || (!input.removeFilm && before.filmKey);
  if (image && !input.imageAlt) return ALT_REQUIRED;
  if (input.film && !input.captions) return CAPTIONS_REQUIRED;
  if (input.captions && !film) return CAPTIONS_WITHOUT_FILM;
  return undefined;
}

/** The columns after the save (`keys`: the new files, stored), and the files no longer used. */
export function nextMedia(input: MediaInput, keys: Partial<Record<UploadKind, string>>, before: StoredMedia) {
  const kept = (remove: boolean | undefined, key: string | null) => (remove ? null : key);
  const imageKey = keys.image ?? kept(input.removeImage, before.imageKey);
  const filmKey = keys.film ?? kept(input.removeFilm, before.filmKey);
  const after: StoredMedia = {
    imageKey,
    imageType: keys.image ? input.image!.type : imageKey ? before.imageType : null,
    imageAlt: imageKey ? (input.imageAlt ?? null) : null,
    filmKey,
    filmType: keys.film ? input.film!.type : filmKey ? before.filmType : null,
    captionsKey: filmKey ? (keys.captions ?? before.captionsKey) : null,
  };
  const used = new Set(mediaKeys(after));
  const dropped = mediaKeys(before).filter((key): key is string => key !== null && !used.has(key));
  return { after, dropped };
}

const fileUrl = (exampleId: string, key: string) => `/exempel/${exampleId}/fil/${key}`;

/** What a page shows: the image with its alt text, the film with its captions. */
export function mediaView(exampleId: string, m: StoredMedia) {
  return {
    image: m.imageKey ? { url: fileUrl(exampleId, m.imageKey), alt: m.imageAlt ?? '' } : null,
    film:
      m.filmKey && m.captionsKey
        ? {
            url: fileUrl(exampleId, m.filmKey),
            type: m.filmType ?? 'video/mp4',
            captionsUrl: fileUrl(exampleId, m.captionsKey),
          }
        : null,
  };
}
export type MediaView = ReturnType<typeof mediaView>;

/** The stored type of a file of the example, or null when the key is not one of its files. */
export function storedType(m: StoredMedia, key: string): string | null {
  if (key === m.imageKey) return m.imageType;
  if (key === m.filmKey) return m.filmType;
  if (key === m.captionsKey) return 'text/vtt';
  return null;
}
