import type { Metadata } from 'next';
import Link from 'next/link';
import { navItemsFor } from '@/components/layout/nav-items';
import { getTranslations } from 'next-intl/server';
import { AssignmentMailSetting } from '@/components/my-page/assignment-mail-setting';
import { LanguageSetting } from '@/components/my-page/language-setting';
import { PersonDetails } from '@/components/my-page/person-details';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { getAssignmentMailOptOut } from '@/lib/data/assignment-mail';
import { preferredLocaleOf } from '@/lib/data/locale-preference';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

// Who is signed in, what their role opens, their mail setting and language: the session person
// and two small reads by primary key, so it stays close to the benchmark's floor for a signed-in page.
export default async function AccountPage() {
  const me = await requireUser('/konto');
  const [mailOptOut, locale, t, language, nav] = await Promise.all([
    getAssignmentMailOptOut(me.id),
    preferredLocaleOf(me.id),
    getTranslations('account'),
    getTranslations('language'),
    getTranslations('nav'),
  ]);
  const areas = navItemsFor(me.role).filter((item) => !['/vagledning', '/larvagar'].includes(item.href));
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead', { name: me.name })} />
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="account-heading">
          <h2 id="account-heading" className="mb-3 text-xl font-semibold">
            {t('accountHeading')}
          </h2>
          <PersonDetails me={me} />
          <p className="mt-4 text-sm text-slate-700">{t('somethingWrong')}</p>
        </section>
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading" className="mb-3 text-xl font-semibold">
            {t('areasHeading')}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {areas.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{nav(item.label)}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="mail-heading">
          <h2 id="mail-heading" className="mb-3 text-xl font-semibold">
            {t('mailHeading')}
          </h2>
          <AssignmentMailSetting optedOut={mailOptOut} />
        </section>
        <section aria-labelledby="language-heading">
          <h2 id="language-heading" className="mb-3 text-xl font-semibold">
            {language('accountHeading')}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{language('accountIntro')}</p>
          <LanguageSetting chosen={locale} />
        </section>
      </div>
    </>
  );
}
