import { useTranslations } from 'next-intl';
import type { MediaView } from '@/lib/uploads/media';

// An example's image and film, as its readers, its reviewer and its author see them. Files come
// from /exempel/<id>/fil/<key>, which applies the page's own rule (lib/data getExampleFile).

/** The image with its alt text; the film with its Swedish captions on by default. */
export function ExampleMedia({ image, film }: MediaView) {
  const t = useTranslations('examples.media');
  if (!image && !film) return null;
  return (
    <div className="my-6 space-y-4">
      {image ? (
        // Not next/image: the optimiser would fetch the file without the reader's session.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={image.url} alt={image.alt} className="h-auto max-w-full rounded" />
      ) : null}
      {film ? (
        <video controls playsInline preload="metadata" className="h-auto w-full max-w-full rounded bg-black">
          <source src={film.url} type={film.type} />
          <track kind="captions" srcLang="sv" label={t('captionsLabel')} src={film.captionsUrl} default />
          <p>
            {t.rich('noVideo', {
              film: (chunks) => <a href={film.url}>{chunks}</a>,
              captions: (chunks) => <a href={film.captionsUrl}>{chunks}</a>,
            })}
          </p>
        </video>
      ) : null}
    </div>
  );
}
