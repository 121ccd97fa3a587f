import { t } from '@/lib/i18n';
import { FrameMarker } from './frame-context';
import type { HeaderUser } from './header-session';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * The page frame. `user` is what the server knows: signed-in pages (dynamic anyway) pass the
 * person, so the header is right in the first HTML; prerendered public pages leave it out and the
 * header learns the session in the browser.
 */
export function AppShell({ user, children }: { user?: HeaderUser | null; children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader user={user} />
      <Main>
        <FrameMarker>{children}</FrameMarker>
      </Main>
      <SiteFooter />
    </>
  );
}

export function SkipLink() {
  return (
    <a
      href="#innehall"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
    >
      {t.skipLink}
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
