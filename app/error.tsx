'use client';

import { t } from '@/lib/i18n';

// Unexpected errors: a plain Swedish message, never the error itself (it is logged on the server).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t.errors.errorTitle}</h1>
      <p className="mb-6">{t.errors.errorText}</p>
      <button type="button" onClick={reset} className="btn-primary">
        {t.errors.tryAgain}
      </button>
    </div>
  );
}
