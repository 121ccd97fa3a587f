'use client';

import { useTranslations } from 'next-intl';

export function PrintButton() {
  const t = useTranslations('checklist.exports');
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      {t('printButton')}
    </button>
  );
}
