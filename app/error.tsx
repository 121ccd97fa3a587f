'use client';

import { Main, SkipLink } from '@/components/layout/page-parts';
import { FrameUnlessDrawn } from '@/components/layout/frame-context';
import { SiteHeader } from '@/components/layout/site-header';
import { t } from '@/lib/i18n';

// Unexpected errors: a plain Swedish message, never the error itself (it is logged on the server).
// Drawn inside a route group's layout when one of its pages fails; when the layout itself fails, it
// draws the header itself (the footer reads server configuration and stays out).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const content = (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t.errors.errorTitle}</h1>
      <p className="mb-6">{t.errors.errorText}</p>
      <button type="button" onClick={reset} className="btn-primary">
        {t.errors.tryAgain}
      </button>
    </div>
  );
  const frame = (
    <>
      <SkipLink />
      <SiteHeader />
      <Main>{content}</Main>
    </>
  );
  return <FrameUnlessDrawn frame={frame}>{content}</FrameUnlessDrawn>;
}
