import type { SessionUser } from '@/lib/auth/guards';
import { canOpenChecklist } from '@/lib/auth/permissions';
import { listTemplates } from '@/lib/data/checklist-templates';
import { listAdministrations } from '@/lib/data/checklists';
import { OpenChecklistForm } from './open-checklist-form';

/** For strategists and admins: open a checklist for the organisation or one administration. */
export async function OpenChecklistSection({ viewer, first }: { viewer: SessionUser; first?: boolean }) {
  if (!canOpenChecklist(viewer)) return null;
  const [templates, administrations] = await Promise.all([listTemplates(), listAdministrations(viewer.organisationId)]);
  const published = templates
    .filter((t) => t.published !== null && t.kind === 'STATUS')
    .map((t) => ({ id: t.id, name: t.title }));
  if (published.length === 0) return <p>Det finns ingen publicerad checklistmall ännu.</p>;
  return (
    <section aria-labelledby="open-heading" className={first ? '' : 'mt-12 border-t border-slate-200 pt-6'}>
      <h2 id="open-heading" className="mb-2 text-xl font-semibold">
        {first ? 'Öppna checklistan' : 'Öppna en checklista för en förvaltning'}
      </h2>
      <p className="mb-3 max-w-3xl">
        Varje organisation har en egen checklista, och en förvaltning kan dessutom ha en egen. Utbildningssiffrorna
        gäller alltid hela organisationen.
      </p>
      <OpenChecklistForm templates={published} administrations={administrations} />
    </section>
  );
}
