import type { Metadata } from 'next';
import Link from 'next/link';
import { navItemsFor } from '@/components/layout/nav-items';
import { AssignmentMailSetting } from '@/components/my-page/assignment-mail-setting';
import { PersonDetails } from '@/components/my-page/person-details';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { getAssignmentMailOptOut } from '@/lib/data/assignment-mail';

export const metadata: Metadata = { title: 'Mitt konto' };

// Who is signed in, what their role opens, and their mail setting: the session person and one
// small read by primary key, so it stays close to the benchmark's floor for a signed-in page.
export default async function AccountPage() {
  const me = await requireUser('/konto');
  const mailOptOut = await getAssignmentMailOptOut(me.id);
  const areas = navItemsFor(me.role).filter((item) => !['/vagledning', '/larvagar'].includes(item.href));
  return (
    <>
      <PageHeader title="Mitt konto" lead={`Du är inloggad som ${me.name}.`} />
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="account-heading">
          <h2 id="account-heading" className="mb-3 text-xl font-semibold">
            Kontot
          </h2>
          <PersonDetails me={me} />
          <p className="mt-4 text-sm text-slate-700">
            Är något fel? Kontakta portalens administratör i din organisation.
          </p>
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
        <section aria-labelledby="mail-heading">
          <h2 id="mail-heading" className="mb-3 text-xl font-semibold">
            E-post om mina kurser
          </h2>
          <AssignmentMailSetting optedOut={mailOptOut} />
        </section>
      </div>
    </>
  );
}
