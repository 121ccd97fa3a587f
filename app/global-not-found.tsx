import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Document } from '@/components/layout/document';
import NotFound from './[locale]/not-found';
import './globals.css';

// An address that matches no page (proxy.ts has chosen its language and rewritten it to one that
// no page under app/[locale] has). Drawn on its own, with its own document, only when needed: as
// app/not-found.tsx it would be drawn with every page and read the request's headers there, which
// stops pages from being prerendered.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors');
  return { title: t('notFoundTitle') };
}

export default async function UnknownAddress() {
  return (
    <Document locale={await getLocale()}>
      <NotFound />
    </Document>
  );
}
