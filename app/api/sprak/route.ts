import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getViewer } from '@/lib/auth/guards';
import { safeCallbackPath } from '@/lib/auth/redirect';
import { setPreferredLocale } from '@/lib/data/locale-preference';
import { env } from '@/lib/env';
import { forbidden, invalid } from '@/lib/errors';
import { handle } from '@/lib/http';
import { locales } from '@/lib/i18n/config';
import { rememberLocale } from '@/lib/i18n/locale-cookie';

// The language switch in the header (everyone) and the choice on /konto (signed in): a plain form
// post, so it works without JavaScript and the next page is drawn anew in the chosen language
// (the proxy reads the cookie; README, "Språk"). A signed-in person's choice is also kept on their
// account, so it follows them to other browsers at sign-in.
const BROWSER = 'webblasare';
const schema = z.object({
  sprak: z.enum([...locales, BROWSER], { error: 'Välj svenska, engelska eller webbläsarens språk.' }),
  tillbaka: z.string().optional(),
});

export const POST = handle(async (request: Request) => {
  // A form of another site cannot change someone's language (browsers send Origin with a post).
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== new URL(env.NEXTAUTH_URL).origin && origin !== new URL(request.url).origin) {
    throw forbidden('Språket kan bara väljas från portalens egna sidor.');
  }
  const form = await request.formData().catch(() => null);
  const parsed = schema.safeParse({ sprak: form?.get('sprak'), tillbaka: form?.get('tillbaka') ?? undefined });
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  const locale = parsed.data.sprak === BROWSER ? null : parsed.data.sprak;
  const viewer = await getViewer();
  if (viewer) await setPreferredLocale(viewer.id, locale);
  await rememberLocale(locale);
  const back = parsed.data.tillbaka ? safeCallbackPath(parsed.data.tillbaka, env.NEXTAUTH_URL) : '/';
  return NextResponse.redirect(new URL(back, env.NEXTAUTH_URL), 303);
});
