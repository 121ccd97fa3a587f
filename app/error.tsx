'use client';

import { Main, SkipLink } from '@/components/layout/app-shell';
import { SiteHeader } from '@/components/layout/site-header';
import { t } from '@/lib/i18n';

// Unexpected errors: a plain Swedish message, never the error itself (it is logged on the server).
// It replaces the route group's layout, so it draws the header itself (the footer reads server
// configuration and stays out).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <Main>
        <div className="mx-auto max-w-xl py-8">
          <h1 className="mb-4 text-3xl font-bold">{t.errors.errorTitle}</h1>
          <p className="mb-6">{t.errors.errorText}</p>
          <button type="button" onClick={reset} className="btn-primary">
            {t.errors.tryAgain}
          </button>
        </div>
      </Main>
    </>
  );
}
