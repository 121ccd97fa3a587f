'use server';

import { z } from 'zod';
import { authorize, type SessionUser } from '@/lib/auth/guards';
import { applyImport, previewImport } from '@/lib/data/admin-import';
import { listUnitOptions } from '@/lib/data/admin-units';
import { invalid } from '@/lib/errors';
import { readerLocale, readerTranslator } from '@/lib/i18n/messages';
import { decodeCsvBytes, MAX_FILE_BYTES } from '@/lib/import/decode';
import { parseStaffCsv } from '@/lib/import/parse';
import { summarisePlan, type PlanSummary } from '@/lib/import/summary';
import { flag } from '@/lib/validation/form';
import { importFileTooBig, MAX_IMPORT_MB } from '@/lib/validation/import-file';
import { action } from './action';

// Two steps with one action: "preview" reads the uploaded file and writes nothing; "confirm"
// gets the same text back (a hidden field), parses and plans it again and writes only if the plan
// is unchanged and free of errors. Nothing is kept on the server between the steps.
export type ImportData = {
  preview?: { fileName: string; content: string; digest: string; fullImport: boolean; summary: PlanSummary };
  result?: PlanSummary['counts'];
};

type Step = { status: 'idle' | 'success' | 'error'; message?: string; data: ImportData };

const MAX_CONTENT_CHARS = 2 * MAX_FILE_BYTES;

const importSchema = z.object({
  intent: z.string().optional(),
  fullImport: flag,
  content: z.string().optional(),
  digest: z.string().optional(),
});

async function plan(viewer: SessionUser, content: string, fullImport: boolean) {
  const parsed = parseStaffCsv(content, await readerLocale());
  if (!parsed.ok) throw invalid(parsed.message);
  const request = { rows: parsed.rows, parseErrors: parsed.errors, fullImport };
  const labels = new Map((await listUnitOptions(viewer)).map((u) => [u.id, u.label]));
  return { request, labels };
}

async function uploaded(form: FormData): Promise<{ fileName: string; text: string }> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0)
    throw invalid(file instanceof File && file.name ? 'Filen är tom.' : 'Välj en CSV-fil att importera.');
  if (!/\.(csv|txt)$/i.test(file.name)) throw invalid('Filen är ingen CSV-fil. Välj en fil som slutar på .csv.');
  if (importFileTooBig(file))
    throw invalid((await readerTranslator())('adminRecords.import.tooBig', { mb: MAX_IMPORT_MB }));
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) throw invalid(decoded.message);
  return { fileName: file.name.slice(0, 200), text: decoded.text };
}

async function previewStep(viewer: SessionUser, form: FormData, fullImport: boolean): Promise<Step> {
  const file = await uploaded(form);
  const planned = await plan(viewer, file.text, fullImport);
  const result = await previewImport(viewer, planned.request);
  const summary = summarisePlan(result, planned.labels, await readerLocale());
  const errors = result.errors.length;
  // Built with the count in the reader's language (the pipeline maps only fixed messages).
  const t = await readerTranslator();
  return {
    status: errors > 0 ? 'error' : 'idle',
    message: errors > 0 ? t('adminRecords.import.rowErrors', { count: errors }) : undefined,
    data: { preview: { ...file, content: file.text, digest: result.digest, fullImport, summary } },
  };
}

async function confirmStep(
  viewer: SessionUser,
  content: string | undefined,
  digest: string | undefined,
  fullImport: boolean,
): Promise<Step> {
  if (content === undefined || digest === undefined || content.length > MAX_CONTENT_CHARS)
    throw invalid('Förhandsgranska filen först.');
  const planned = await plan(viewer, content, fullImport);
  const counts = summarisePlan(await applyImport(viewer, { ...planned.request, digest }), planned.labels).counts;
  const changed = counts.creates + counts.updates + counts.moves + counts.managerAdds + counts.deactivations;
  return {
    status: 'success',
    message: changed === 0 ? 'Importen är klar. Allt i filen stämde redan, så inget ändrades.' : 'Importen är klar.',
    data: { result: counts },
  };
}

export const importStaffAction = action({
  guard: () => authorize('admin:people'),
  schema: importSchema,
  run: ({ intent, content, digest, fullImport }, { viewer, form }) =>
    intent === 'confirm' ? confirmStep(viewer, content, digest, fullImport) : previewStep(viewer, form, fullImport),
  revalidate: (answer) => (answer.data.result ? [['/admin', 'layout']] : []),
  success: (answer) => answer,
});
