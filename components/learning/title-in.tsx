import { useLocale } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

/** Course or path titles in the reader's language where they have one, by id (courseTitlesIn, pathTitlesIn). */
export type Titles = ReadonlyMap<string, { title: string; lang: Locale }>;

/** A course's or path's title in the reader's language where it has one; marked when it is in another. */
export function TitleIn({ id, title, titles }: { id: string; title: string; titles?: Titles }) {
  const locale = useLocale();
  const found = titles?.get(id);
  return <span lang={passageLang(locale, found?.lang)}>{found?.title ?? title}</span>;
}
