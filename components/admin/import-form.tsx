'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { importStaffAction } from '@/lib/actions/admin-import';
import { idle } from '@/lib/actions/state';
import { importFileTooBig, MAX_IMPORT_MB, MAX_IMPORT_ROWS } from '@/lib/validation/import-file';
import { ImportPreview } from './import-preview';
import type { Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';

/** Step 1 uploads a file for a preview (nothing is written); step 2 confirms exactly that preview. */
export function ImportForm() {
  const t = useTranslations('adminRecords.importForm');
  const tooBigText = useTranslations('adminRecords.import')('tooBig', { mb: MAX_IMPORT_MB });
  const locale = useLocale() as Locale;
  const [state, action, pending] = useActionState(importStaffAction, idle);
  const [tooBig, setTooBig] = useState(false);
  const preview = state.data?.preview;
  const result = state.data?.result;
  const changes = preview
    ? Object.entries(preview.summary.counts).some(([k, v]) => k !== 'unchanged' && k !== 'errors' && v > 0)
    : false;
  return (
    <div className="space-y-8">
      <form
        action={action}
        // Checked again on submit (a file chosen before the page was ready): a request over the
        // server's body limit is refused by Next with a bare error page before the action can answer.
        onSubmit={(e) => {
          const file = e.currentTarget.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
          if (!importFileTooBig(file)) return;
          e.preventDefault();
          setTooBig(true);
        }}
        className="max-w-xl space-y-5"
      >
        <input type="hidden" name="intent" value="preview" />
        <div>
          <label htmlFor="file" className="mb-1 block font-medium">
            {t('fileLabel')}
          </label>
          <p id="file-hint" className="mb-1 text-sm text-slate-600">
            {t('fileHint', { mb: MAX_IMPORT_MB, rows: formatCount(MAX_IMPORT_ROWS, locale) })}
          </p>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.txt,text/csv"
            required
            aria-describedby={tooBig ? 'file-hint file-error' : 'file-hint'}
            aria-invalid={tooBig || undefined}
            onChange={(e) => setTooBig(importFileTooBig(e.currentTarget.files?.[0]))}
            className="block w-full rounded border border-slate-400 p-2"
          />
          {tooBig ? (
            <p id="file-error" className="mt-1 text-sm font-medium text-red-700">
              {tooBigText}
            </p>
          ) : null}
        </div>
        <div className="flex items-start gap-2">
          <input
            id="fullImport"
            name="fullImport"
            type="checkbox"
            className="mt-1"
            aria-describedby="fullImport-hint"
          />
          <div>
            <label htmlFor="fullImport" className="font-medium">
              {t('fullImportLabel')}
            </label>
            <p id="fullImport-hint" className="text-sm text-slate-600">
              {t('fullImportHint')}
            </p>
          </div>
        </div>
        <button type="submit" className="btn-primary" disabled={pending || tooBig}>
          {pending ? t('reading') : t('preview')}
        </button>
      </form>

      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      {result ? (
        <ul className="space-y-1">
          <li>{t('resultCreates', { count: result.creates })}</li>
          <li>{t('resultUpdates', { count: result.updates })}</li>
          <li>{t('resultMoves', { count: result.moves })}</li>
          <li>{t('resultManagers', { count: result.managerAdds })}</li>
          <li>{t('resultDeactivations', { count: result.deactivations })}</li>
        </ul>
      ) : null}

      {preview ? (
        <section aria-labelledby="preview-heading" className="space-y-4 rounded-lg border border-slate-300 p-6">
          <h2 id="preview-heading" className="text-xl font-semibold">
            {t('previewHeading', { file: preview.fileName })}
          </h2>
          <p>
            {t('nothingSaved')}
            {preview.fullImport ? t('fullImportChosen') : ''}
          </p>
          <ImportPreview summary={preview.summary} />
          {preview.summary.counts.errors > 0 ? (
            <p className="font-medium">{t('fixRows')}</p>
          ) : changes ? (
            <form action={action}>
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="content" value={preview.content} />
              <input type="hidden" name="digest" value={preview.digest} />
              <input type="hidden" name="fullImport" value={String(preview.fullImport)} />
              <button type="submit" className="btn-primary" disabled={pending}>
                {pending ? t('importing') : t('import')}
              </button>
            </form>
          ) : (
            <p className="font-medium">{t('nothingToImport')}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
