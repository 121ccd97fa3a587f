import { useTranslations } from 'next-intl';

// The skip link and the main landmark, apart from the frame: the root error page (a client
// component) draws them too, and importing them must not bring the footer's server configuration
// (lib/env, zod) into every page's JavaScript.
export function SkipLink() {
  const t = useTranslations();
  return (
    <a
      href="#innehall"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
    >
      {t('skipLink')}
    </a>
  );
}

export function Main({ children }: { children: React.ReactNode }) {
  return (
    <main id="innehall" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
      {children}
    </main>
  );
}
