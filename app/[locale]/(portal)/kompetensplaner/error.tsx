'use client';

import { useTranslations } from 'next-intl';

// Unexpected errors in the plans: a plain message, never the error itself (it is logged on the server).
export default function PlansError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('plans');
  return (
    <div className="max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t('errorTitle')}</h1>
      <p className="mb-6">{t('errorText')}</p>
      <button type="button" onClick={reset} className="btn-primary">
        {t('tryAgain')}
      </button>
    </div>
  );
}
