// Loads content/checklists into the database as templates of the host organisation (published
// revision 1), and opens the organisation-wide checklist of each status template for every
// organisation (a score template is filled in per administration, in rounds). Safe to run again:
// only what is missing is created.
import type { Db } from '../../lib/db-factory';
import { loadChecklists } from '../../lib/content/loader';
import { templateSnapshotSchema } from '../../lib/validation/checklist';

type ChecklistFile = ReturnType<typeof loadChecklists>[number];

/** A content file as a template snapshot: its frontmatter (less the edit date) and the body as intro. */
export function snapshotFromContent(file: ChecklistFile) {
  const { key, kind, title, article, scale, summary, sources, sections } = file.data;
  return templateSnapshotSchema.parse({
    key,
    kind,
    title,
    article,
    scale,
    summary,
    intro: file.body,
    sources,
    sections,
  });
}

export async function seedChecklists(db: Db, hostOrganisationId: string) {
  let created = 0;
  const templateIds: { id: string; title: string }[] = [];
  for (const file of loadChecklists()) {
    const { key, kind, title, article, summary } = file.data;
    const existing = await db.checklistTemplate.findUnique({
      where: { organisationId_key: { organisationId: hostOrganisationId, key } },
      select: { id: true, title: true },
    });
    if (existing) {
      if (kind === 'status') templateIds.push(existing);
      continue;
    }
    const snapshot = snapshotFromContent(file);
    const template = await db.checklistTemplate.create({
      data: {
        organisationId: hostOrganisationId,
        key,
        kind: kind === 'score' ? 'SCORE' : 'STATUS',
        article,
        title,
        summary,
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
      select: { id: true, title: true },
    });
    const revision = await db.checklistTemplateRevision.create({
      data: {
        templateId: template.id,
        number: 1,
        published: true,
        note: 'Från content/',
        snapshot: JSON.stringify(snapshot),
      },
      select: { id: true },
    });
    await db.checklistTemplate.update({ where: { id: template.id }, data: { publishedRevisionId: revision.id } });
    if (kind === 'status') templateIds.push(template);
    created += 1;
  }
  for (const { id: organisationId } of await db.organisation.findMany({ select: { id: true } })) {
    for (const template of templateIds) {
      const open = await db.orgChecklist.findFirst({
        where: { organisationId, templateId: template.id, unitId: null },
        select: { id: true },
      });
      if (!open)
        await db.orgChecklist.create({
          data: { organisationId, templateId: template.id, unitId: null, title: template.title },
        });
    }
  }
  return { created };
}
