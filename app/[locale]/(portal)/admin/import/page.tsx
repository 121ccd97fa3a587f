import type { Metadata } from 'next';
import { ImportForm } from '@/components/admin/import-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Importera personal' };

export default async function ImportPage() {
  await requirePermission('admin:people', '/admin/import');
  return (
    <>
      <PageHeader
        title="Importera personal"
        lead="Läs in personal från en CSV-fil som personalsystemet exporterar. Du ser först vad som skulle hända; inget sparas förrän du bekräftar, och bara om hela filen är rätt."
      />
      <details className="mb-8 max-w-3xl rounded border border-slate-200 p-4">
        <summary className="cursor-pointer font-medium">Så ska filen se ut</summary>
        <div className="mt-3 space-y-2 text-sm">
          <p>Första raden har kolumnernas namn. Exempel med semikolon:</p>
          <pre className="overflow-x-auto rounded bg-slate-100 p-3">{`Namn;E-post;Enhet;Målgrupp;Kön;Chef
Anna Berg;anna.berg@kommun.se;Utbildningsförvaltningen/Förskola/Rinkabyholm;medarbetare;kvinna;nej
Omar Lind;omar.lind@kommun.se;Utbildningsförvaltningen/Förskola;chef;man;ja`}</pre>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              Enhet: hela vägen från förvaltningen, med snedstreck mellan nivåerna. Enheten måste redan finnas under
              Enheter. Förtroendevalda kan sakna enhet.
            </li>
            <li>Målgrupp: förtroendevald (eller politiker), chef, strateg eller medarbetare.</li>
            <li>
              Kön (valfri): kvinna, man, annat, vill inte ange eller tomt. Tomt ändrar inte det personen redan har
              angett.
            </li>
            <li>Chef (valfri): ja eller nej (även 1/0 eller x). Ja gör personen till chef för sin enhet.</li>
            <li>Personer känns igen på e-postadressen. Att importera samma fil igen ändrar ingenting.</li>
          </ul>
        </div>
      </details>
      <ImportForm />
    </>
  );
}
