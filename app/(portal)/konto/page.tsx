import type { Metadata } from 'next';
import Link from 'next/link';
import { navItemsFor } from '@/components/layout/nav-items';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: 'Mitt konto' };

// Who is signed in, and what their role opens. Built from the session person alone (no other
// data), so it is also the benchmark's floor for a signed-in page.
export default async function AccountPage() {
  const me = await requireUser('/konto');
  const areas = navItemsFor(me.role).filter((item) => !['/vagledning', '/larvagar'].includes(item.href));
  return (
    <>
      <PageHeader title="Mitt konto" lead={`Du är inloggad som ${me.name}.`} />
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="account-heading">
          <h2 id="account-heading" className="mb-3 text-xl font-semibold">
            Kontot
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
            <dt className="font-medium">E-post</dt>
            <dd>{me.email}</dd>
            <dt className="font-medium">Organisation</dt>
            <dd>{me.organisationName}</dd>
            <dt className="font-medium">Enhet</dt>
            <dd>{me.unitName ?? 'Ingen enhet'}</dd>
            <dt className="font-medium">Roll i portalen</dt>
            <dd>{t.roles[me.role]}</dd>
            <dt className="font-medium">Målgrupp</dt>
            <dd>{t.audiences[me.audience]}</dd>
          </dl>
          <p className="mt-4 text-sm text-slate-700">Är något fel? Kontakta portalens administratör i din organisation.</p>
        </section>
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading" className="mb-3 text-xl font-semibold">
            Det här kan du öppna
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {areas.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
