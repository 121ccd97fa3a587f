import Link from 'next/link';
import { useTranslations } from 'next-intl';

export default function PlanNotFound() {
  const t = useTranslations('plans');
  return (
    <div className="max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mb-6">{t('notFoundText')}</p>
      <Link href="/kompetensplaner">{t('toAll')}</Link>
    </div>
  );
}
