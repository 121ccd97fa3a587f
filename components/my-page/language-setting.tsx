import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';

/**
 * A signed-in person's language, kept on their account: the same form post as the header's switch
 * (app/api/sprak), so it works without JavaScript and the page comes back in the chosen language.
 */
export function LanguageSetting({ chosen }: { chosen: Locale | null }) {
  const t = useTranslations('language');
  const options = [
    { value: 'sv', label: t('optionSv'), lang: 'sv' },
    { value: 'en', label: t('optionEn'), lang: 'en' },
    { value: 'webblasare', label: t('optionBrowser'), lang: undefined },
  ];
  return (
    <form action="/api/sprak" method="post" className="space-y-3">
      <input type="hidden" name="tillbaka" value="/konto" />
      <fieldset>
        <legend className="font-medium">{t('accountLegend')}</legend>
        <div className="mt-2 space-y-2">
          {options.map((option) => (
            <div key={option.value} className="flex items-center gap-2">
              <input
                id={`sprak-${option.value}`}
                type="radio"
                name="sprak"
                value={option.value}
                defaultChecked={(chosen ?? 'webblasare') === option.value}
                className="size-4"
              />
              <label htmlFor={`sprak-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="btn-secondary">
        {t('save')}
      </button>
    </form>
  );
}
