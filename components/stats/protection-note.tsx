import { useTranslations } from 'next-intl';
import { MIN_GROUP } from '@/lib/stats/protection';

/** How people are counted and why some figures are hidden, in the words the page uses. */
export function ProtectionNote() {
  const t = useTranslations('stats');
  return (
    <div className="mt-3 text-sm text-slate-700">
      <h2 className="font-medium text-slate-900">{t('protectionHeading')}</h2>
      <div className="mt-2 space-y-2">
        <p>{t('protection1')}</p>
        <p>{t('protection2', { min: MIN_GROUP })}</p>
      </div>
    </div>
  );
}
