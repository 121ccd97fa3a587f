import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listTemplates } from '@/lib/data/checklist-templates';

export const metadata: Metadata = { title: 'Checklistmallar' };

export default async function TemplatesPage() {
  await requireContentEditor('/redaktion/checklistor');
  const templates = await listTemplates();
  return (
    <>
      <PageHeader
        title="Checklistmallar"
        lead="Mallarna för CEMR-deklarationens artiklar. Organisationerna arbetar med den publicerade versionen av varje mall."
      />
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">Mallar och deras versioner</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Mall
            </th>
            <th scope="col" className="py-2 pr-4">
              Artikel
            </th>
            <th scope="col" className="py-2 pr-4">
              Senaste version
            </th>
            <th scope="col" className="py-2">
              Publicerad version
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => (
            <tr key={t.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/redaktion/checklistor/${t.key}`}>{t.title}</Link>
              </th>
              <td className="py-2 pr-4">{t.article}</td>
              <td className="py-2 pr-4">{t.latest}</td>
              <td className="py-2">{t.published ?? 'ingen'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
