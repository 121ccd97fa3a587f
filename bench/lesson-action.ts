// The write path exactly as the browser drives it: "Markera som klar" on a lesson page calls the
// Server Action completeLessonAction (useActionState), which React sends as a POST to the lesson's
// own URL with the action's id in the Next-Action header and its arguments (the previous state
// and the form) encoded as multipart form data. The id comes from the build's manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const MANIFEST = path.resolve(import.meta.dirname, '../.next/server/server-reference-manifest.json');

export type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

export function findActionId(manifest: Manifest, filename: string, exportedName: string): string {
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`Hittade inte Server Action ${exportedName} i ${filename} i byggets manifest.`);
  return found[0];
}

export function completeLessonActionId(): string {
  return findActionId(
    JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest,
    'lib/actions/learning.ts',
    'completeLessonAction',
  );
}

type EncodeReply = (value: unknown) => Promise<string | FormData>;

/**
 * The request body React itself sends for `action(prevState, formData)`, made with the reply
 * encoder that Next ships for the browser (its Node build), so the bench follows any change in
 * the wire format instead of copying it.
 */
export async function actionBody(
  fields: Record<string, string | Blob>,
  prevState: unknown = { status: 'idle' },
): Promise<{ body: string; contentType: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node') as {
    encodeReply: EncodeReply;
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const response = new Response(await encodeReply([prevState, form]));
  return {
    body: await response.text(),
    contentType: response.headers.get('content-type') ?? 'text/plain;charset=UTF-8',
  };
}
