'use client';

import { IMPORT_TOO_BIG } from '@/lib/validation/import-file';

// A request larger than the server accepts (next.config.js, serverActions.bodySizeLimit) is refused
// by Next before the import action runs, so the action cannot answer with its own message. The
// browser then only learns that the action failed: this page names the likely cause.
export default function ImportError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">Filen kunde inte tas emot</h1>
      <p className="mb-2">Inget är sparat. Den vanligaste orsaken är en för stor fil: {IMPORT_TOO_BIG}</p>
      <p className="mb-6">Är filen mindre än så, försök igen om en stund.</p>
      <button type="button" onClick={reset} className="btn-primary">
        Försök igen
      </button>
    </div>
  );
}
