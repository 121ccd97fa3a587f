import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** For readers who are not signed in: why a course asks for it, before it does. */
export function SignInToStart({ href }: { href: string }) {
  const t = useTranslations('course');
  return (
    <div className="mt-4 max-w-2xl space-y-3">
      <p>{t('signInWhy')}</p>
      <p>
        <Link
          href={`/logga-in?callbackUrl=${encodeURIComponent(href)}`}
          className="btn-primary no-underline hover:text-white"
        >
          {t('signInStart')}
        </Link>
      </p>
    </div>
  );
}
