import { useTranslations } from 'next-intl';
import { describedControl, ErrorText, Hint } from '@/components/ui/field';

/**
 * The code field of the verification page: a plain GET form to /intyg, so it works without
 * JavaScript and the code ends up in the address (as a QR code's link does).
 */
export function CertificateCodeForm({ value, error }: { value?: string; error?: string }) {
  const t = useTranslations('verify');
  const id = 'kod';
  const hint = t('hint');
  return (
    <form action="/intyg" method="get" className="max-w-md space-y-3" noValidate>
      <div>
        <label htmlFor={id} className="mb-1 block font-medium">
          {t('code')}
        </label>
        <Hint id={id} hint={hint} />
        <input
          {...describedControl({ id, hint, error })}
          name="kod"
          type="text"
          defaultValue={value}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700"
        />
        <ErrorText id={id} error={error} />
      </div>
      <button type="submit" className="btn-primary">
        {t('submit')}
      </button>
    </form>
  );
}
