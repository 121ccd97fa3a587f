import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/request-id';

// Gives every request an id for the log (lib/log.ts, requestLogger) and returns it in the
// response. Setting headers does not change caching: static pages are still served from the page
// cache, since they never read the header. Authorization is not done here (lib/auth/guards.ts).
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Build output and media files need no id; every page, action and route handler gets one.
  matcher: ['/((?!_next/static|_next/image|media/|icon.svg).*)'],
};
