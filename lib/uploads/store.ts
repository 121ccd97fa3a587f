import 'server-only';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { env } from '@/lib/env';
import { requestLogger } from '@/lib/log';

// Uploaded files live in UPLOAD_DIR (outside public/, so nothing reaches them but the route that
// checks who may read them), each under a random key: never a name the person chose. A file is
// written to a temporary name and renamed, so a half-written one is never served.

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A key this module could have made: the only names ever joined to the directory. */
export const isUploadKey = (key: string) => KEY.test(key);

const directory = () => path.resolve(env.UPLOAD_DIR);

function pathOf(key: string): string {
  if (!isUploadKey(key)) throw new Error('not an upload key');
  return path.join(directory(), key);
}

export async function storeUpload(file: Blob): Promise<string> {
  await mkdir(directory(), { recursive: true });
  const key = randomUUID();
  const target = pathOf(key);
  const partial = `${target}.part`;
  try {
    await pipeline(
      Readable.fromWeb(file.stream() as WebReadableStream),
      createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
    );
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return key;
}

/** Deletes the files; a failure is logged, not thrown (the keys are no longer referenced by then). */
export async function deleteUploads(keys: readonly (string | null | undefined)[]): Promise<void> {
  const results = await Promise.allSettled(
    keys.filter((k): k is string => Boolean(k)).map((key) => rm(pathOf(key), { force: true })),
  );
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0) (await requestLogger()).warn({ failed }, 'Uppladdade filer kunde inte tas bort');
}

/**
 * Stores `files`, then runs `save` with their keys. If storing or saving fails, the files stored
 * so far are deleted again, so nothing is left half-saved.
 */
export async function storeThen<K extends string, T>(
  files: Partial<Record<K, Blob>>,
  save: (keys: Partial<Record<K, string>>) => Promise<T>,
): Promise<T> {
  const keys: Partial<Record<K, string>> = {};
  try {
    for (const [name, file] of Object.entries(files) as [K, Blob | undefined][]) {
      if (file) keys[name] = await storeUpload(file);
    }
    return await save(keys);
  } catch (error) {
    await deleteUploads(Object.values(keys) as string[]);
    throw error;
  }
}

export type StoredFile = {
  size: number;
  /** The file's bytes from `start` to `end` (inclusive), or all of it. */
  read: (range?: { start: number; end: number }) => ReadableStream<Uint8Array>;
};

/** The stored file, or null when there is none under the key. */
export async function openUpload(key: string): Promise<StoredFile | null> {
  if (!isUploadKey(key)) return null;
  const file = pathOf(key);
  const found = await stat(file).catch(() => null);
  if (!found?.isFile()) return null;
  return {
    size: found.size,
    read: (range) => Readable.toWeb(createReadStream(file, range)) as ReadableStream<Uint8Array>,
  };
}
