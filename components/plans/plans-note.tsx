import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** For the politicians' learning path: where to follow up what they decided about training. */
export function PlansNote() {
  const t = useTranslations('plans');
  return (
    <section aria-labelledby="plans-note" className="mt-6 border-t border-slate-200 pt-4">
      <h3 id="plans-note" className="mb-1 font-semibold">
        {t('noteHeading')}
      </h3>
      <p className="text-sm">{t('noteText')}</p>
      <p className="mt-2 text-sm">
        <Link href="/kompetensplaner">{t('noteLink')}</Link>
      </p>
    </section>
  );
}
