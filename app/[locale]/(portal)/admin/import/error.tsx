'use client';

import { useTranslations } from 'next-intl';
import { MAX_IMPORT_MB } from '@/lib/validation/import-file';

// A request larger than the server accepts (next.config.js, serverActions.bodySizeLimit) is refused
// by Next before the import action runs, so the action cannot answer with its own message. The
// browser then only learns that the action failed: this page names the likely cause.
export default function ImportError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('adminRecords.import');
  return (
    <div className="max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t('errorTitle')}</h1>
      <p className="mb-2">{t('errorCause', { tooBig: t('tooBig', { mb: MAX_IMPORT_MB }) })}</p>
      <p className="mb-6">{t('errorRetryHint')}</p>
      <button type="button" onClick={reset} className="btn-primary">
        {t('retry')}
      </button>
    </div>
  );
}
