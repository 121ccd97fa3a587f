// Loads content/checklists into the database as templates of the host organisation (published
// revision 1), and opens the organisation-wide checklist of each status template for every
// organisation (a score template is filled in per administration, in rounds). Safe to run again:
// only what is missing is created.
import type { Db } from '../../lib/db-factory';
import { loadChecklists } from '../../lib/content/loader';
import { templateVersion } from '../../lib/checklist/translations';
import { templateSnapshotSchema } from '../../lib/validation/checklist';

type ChecklistFile = ReturnType<typeof loadChecklists>[number];

const texts = (file: Pick<ChecklistFile, 'data' | 'body'>) => ({ ...file.data, intro: file.body });

/** The versions of a content file in other languages, with the fingerprints of the Swedish they translate. */
export function translationsFromContent(file: ChecklistFile) {
  return Object.fromEntries(
    Object.entries(file.translations).map(([locale, version]) => [
      locale,
      templateVersion(texts(file), texts(version)),
    ]),
  );
}

/** A content file as a template snapshot: its frontmatter (less the edit date), the body as intro, and its versions in other languages. */
export function snapshotFromContent(file: ChecklistFile) {
  const { key, kind, title, article, scale, summary, sources, sections } = file.data;
  const translations = translationsFromContent(file);
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
    ...(Object.keys(translations).length ? { translations } : {}),
  });
}

/**
 * A template seeded before it had a version in another language gets the file's versions added
 * to its published revision, and to its latest (an editor's next save starts from it). Only texts
 * in another language are added, each with the fingerprint of the Swedish it translates: a Swedish
 * text an editor has changed since keeps being shown in Swedish.
 */
async function addTranslations(db: Db, templateId: string, file: ChecklistFile) {
  const translations = translationsFromContent(file);
  if (Object.keys(translations).length === 0) return;
  const template = await db.checklistTemplate.findUnique({
    where: { id: templateId },
    select: {
      publishedRevisionId: true,
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } },
    },
  });
  const ids = new Set([template?.publishedRevisionId, template?.revisions[0]?.id].filter((id) => id != null));
  for (const id of ids) {
    const revision = await db.checklistTemplateRevision.findUnique({ where: { id }, select: { snapshot: true } });
    const snapshot = revision ? templateSnapshotSchema.safeParse(JSON.parse(revision.snapshot)) : null;
    if (!snapshot?.success || snapshot.data.translations) continue;
    await db.checklistTemplateRevision.update({
      where: { id },
      data: { snapshot: JSON.stringify({ ...snapshot.data, translations }) },
    });
  }
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
      await addTranslations(db, existing.id, file);
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
