import { FrameMarker } from './frame-context';
import { Main, SkipLink } from './page-parts';
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
