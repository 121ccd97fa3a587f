'use client';

import { Main, SkipLink } from '@/components/layout/page-parts';
import { FrameUnlessDrawn } from '@/components/layout/frame-context';
import { SiteHeader } from '@/components/layout/site-header';
import { useTranslations } from 'next-intl';

// Unexpected errors: a plain message in the reader's language, never the error itself (it is logged on the server).
// Drawn inside a route group's layout when one of its pages fails; when the layout itself fails, it
// draws the header itself (the footer reads server configuration and stays out).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  const content = (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t('errorTitle')}</h1>
      <p className="mb-6">{t('errorText')}</p>
      <button type="button" onClick={reset} className="btn-primary">
        {t('tryAgain')}
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
