'use client';

import { createContext, useContext } from 'react';

// The root not-found, 403 and error pages are shown inside a route group's layout (which has drawn
// the page frame) when a page of the group calls notFound() or forbidden(), and alone for an
// address no route matches. They draw the frame only when none is drawn around them.
const FrameDrawn = createContext(false);

export function FrameMarker({ children }: { children: React.ReactNode }) {
  return <FrameDrawn.Provider value>{children}</FrameDrawn.Provider>;
}

export function FrameUnlessDrawn({ frame, children }: { frame: React.ReactNode; children: React.ReactNode }) {
  return useContext(FrameDrawn) ? children : frame;
}
