'use server';

import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/guards';
import { applyImport, previewImport } from '@/lib/data/admin-import';
import { listUnitOptions } from '@/lib/data/admin-units';
import { decodeCsvBytes, MAX_FILE_BYTES } from '@/lib/import/decode';
import { parseStaffCsv } from '@/lib/import/parse';
import { summarisePlan, type PlanSummary } from '@/lib/import/summary';
import type { SessionUser } from '@/lib/auth/guards';
import { fromError, type ActionState } from './state';

// Two steps with one action: "preview" reads the uploaded file and writes nothing; "confirm"
// gets the same text back (a hidden field), parses and plans it again and writes only if the plan
// is unchanged and free of errors. Nothing is kept on the server between the steps.
export type ImportState = ActionState & {
  preview?: { fileName: string; content: string; digest: string; fullImport: boolean; summary: PlanSummary };
  result?: PlanSummary['counts'];
};

const MAX_CONTENT_CHARS = 2 * MAX_FILE_BYTES;

async function plan(viewer: SessionUser, content: string, fullImport: boolean) {
  const parsed = parseStaffCsv(content);
  if (!parsed.ok) return { error: parsed.message } as const;
  const request = { rows: parsed.rows, parseErrors: parsed.errors, fullImport };
  const labels = new Map((await listUnitOptions(viewer)).map((u) => [u.id, u.label]));
  return { request, labels } as const;
}

async function previewStep(viewer: SessionUser, formData: FormData): Promise<ImportState> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return {
      status: 'error',
      message: file instanceof File && file.name ? 'Filen är tom.' : 'Välj en CSV-fil att importera.',
    };
  }
  if (!/\.(csv|txt)$/i.test(file.name))
    return { status: 'error', message: 'Filen är ingen CSV-fil. Välj en fil som slutar på .csv.' };
  if (file.size > MAX_FILE_BYTES)
    return { status: 'error', message: 'Filen är större än 4 MB. Dela upp den i flera filer.' };
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { status: 'error', message: decoded.message };
  const fullImport = formData.get('fullImport') === 'on';
  const planned = await plan(viewer, decoded.text, fullImport);
  if ('error' in planned) return { status: 'error', message: planned.error };
  const result = await previewImport(viewer, planned.request);
  const summary = summarisePlan(result, planned.labels);
  const message =
    result.errors.length > 0
      ? `Filen har ${result.errors.length} ${result.errors.length === 1 ? 'rad' : 'rader'} med fel. Inget sparas förrän alla rader är rätt.`
      : undefined;
  return {
    status: result.errors.length > 0 ? 'error' : 'idle',
    message,
    preview: { fileName: file.name.slice(0, 200), content: decoded.text, digest: result.digest, fullImport, summary },
  };
}

async function confirmStep(viewer: SessionUser, formData: FormData): Promise<ImportState> {
  const content = formData.get('content');
  const digest = formData.get('digest');
  if (typeof content !== 'string' || typeof digest !== 'string' || content.length > MAX_CONTENT_CHARS) {
    return { status: 'error', message: 'Förhandsgranska filen först.' };
  }
  const planned = await plan(viewer, content, formData.get('fullImport') === 'true');
  if ('error' in planned) return { status: 'error', message: planned.error };
  const written = await applyImport(viewer, { ...planned.request, digest });
  revalidatePath('/admin', 'layout');
  const counts = summarisePlan(written, planned.labels).counts;
  const changed = counts.creates + counts.updates + counts.moves + counts.managerAdds + counts.deactivations;
  return {
    status: 'success',
    message: changed === 0 ? 'Importen är klar. Allt i filen stämde redan, så inget ändrades.' : 'Importen är klar.',
    result: counts,
  };
}

export async function importStaffAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const viewer = await authorize('admin:people');
    return formData.get('intent') === 'confirm'
      ? await confirmStep(viewer, formData)
      : await previewStep(viewer, formData);
  } catch (error) {
    return fromError(error);
  }
}
