'use client';

import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { importStaffAction } from '@/lib/actions/admin-import';
import { idle } from '@/lib/actions/state';
import { IMPORT_TOO_BIG, importFileTooBig, MAX_IMPORT_MB, MAX_IMPORT_ROWS } from '@/lib/validation/import-file';
import { ImportPreview } from './import-preview';
import { formatCount } from '@/lib/numbers';

/** Step 1 uploads a file for a preview (nothing is written); step 2 confirms exactly that preview. */
export function ImportForm() {
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
            CSV-fil från personalsystemet
          </label>
          <p id="file-hint" className="mb-1 text-sm text-slate-600">
            Kolumnerna namn, e-post, enhet och målgrupp, och om ni vill kön, chef och anställningsnummer. Den som saknar
            e-post i tjänsten (vanligt i vård och omsorg) lämnar e-post tom och har ett anställningsnummer: personen får
            inget konto men räknas genom gruppträffar. Komma eller semikolon, UTF-8 eller Windows-1252. Högst{' '}
            {MAX_IMPORT_MB} MB och {formatCount(MAX_IMPORT_ROWS)} rader.
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
              {IMPORT_TOO_BIG}
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
              Filen har hela personalen
            </label>
            <p id="fullImport-hint" className="text-sm text-slate-600">
              Personer som inte finns i filen inaktiveras (aldrig du själv). De kan inte logga in, men deras historik
              finns kvar.
            </p>
          </div>
        </div>
        <button type="submit" className="btn-primary" disabled={pending || tooBig}>
          {pending ? 'Läser filen …' : 'Förhandsgranska'}
        </button>
      </form>

      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      {result ? (
        <ul className="space-y-1">
          <li>Nya personer: {result.creates}</li>
          <li>Ändrade uppgifter: {result.updates}</li>
          <li>Flyttade: {result.moves}</li>
          <li>Nya chefsuppdrag: {result.managerAdds}</li>
          <li>Inaktiverade: {result.deactivations}</li>
        </ul>
      ) : null}

      {preview ? (
        <section aria-labelledby="preview-heading" className="space-y-4 rounded-lg border border-slate-300 p-6">
          <h2 id="preview-heading" className="text-xl font-semibold">
            Förhandsgranskning av {preview.fileName}
          </h2>
          <p>Inget är sparat ännu.{preview.fullImport ? ' Du har valt att filen har hela personalen.' : ''}</p>
          <ImportPreview summary={preview.summary} />
          {preview.summary.counts.errors > 0 ? (
            <p className="font-medium">
              Rätta raderna i filen och förhandsgranska den igen. Inget sparas förrän hela filen är rätt.
            </p>
          ) : changes ? (
            <form action={action}>
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="content" value={preview.content} />
              <input type="hidden" name="digest" value={preview.digest} />
              <input type="hidden" name="fullImport" value={String(preview.fullImport)} />
              <button type="submit" className="btn-primary" disabled={pending}>
                {pending ? 'Importerar …' : 'Importera'}
              </button>
            </form>
          ) : (
            <p className="font-medium">Allt i filen stämmer redan med portalen. Det finns inget att importera.</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
