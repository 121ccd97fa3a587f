import { useTranslations } from 'next-intl';
import { ProtectionNote } from '@/components/stats/protection-note';
import { MIN_GROUP } from '@/lib/stats/protection';

/** How the self-assessment is counted, and the extra rule for scores, in the words the page uses. */
export function NeedsNote({ then }: { then: string }) {
  const t = useTranslations('needs');
  return (
    <>
      <p className="mt-2 text-sm text-slate-700">{t('note1', { then })}</p>
      <ProtectionNote />
      <p className="mt-2 text-sm text-slate-700">{t('note2', { min: MIN_GROUP })}</p>
    </>
  );
}
