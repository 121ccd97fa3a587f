import 'server-only';
import { canEditContent, type Viewer } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { conflict, invalid, notFound } from '@/lib/errors';
import { defaultLocale, translator } from '@/lib/i18n';
import { issueIn, readerLocale } from '@/lib/i18n/messages';
import { templateSnapshotSchema, type TemplateSnapshot } from '@/lib/validation/checklist';
import { recordAudit } from './audit';
import { parseSnapshot } from './checklist-templates';
import { getHostOrganisationId } from './host';

// Write side of checklist templates. Every save is a new revision; a save names the version it
// started from, so an editor never silently overwrites someone else's change.

type Editor = Pick<Viewer, 'id' | 'organisationId' | 'role'>;

const staleMessage =
  'Någon annan har ändrat mallen medan du arbetade. Dina ändringar är inte sparade. Ladda om sidan och gör om ändringen.';

/** Why a changed template is refused, in the reader's language (a fixed message, or one naming a key). */
async function invalidTemplate(issue: Parameters<typeof issueIn>[0] | undefined) {
  const locale = await readerLocale();
  const t = translator(locale);
  return t('editorTemplates.templateActions.refused', {
    reason: issue ? issueIn(issue, locale) : t('editorTemplates.templateActions.fallback'),
  });
}

async function hostOf(editor: Editor) {
  const hostId = await getHostOrganisationId();
  if (!hostId || !canEditContent(editor, hostId)) throw notFound('Mallen finns inte.');
  return hostId;
}

export async function saveTemplateRevision(input: {
  editor: Editor;
  templateId: string;
  version: number;
  note: string;
  change: (snapshot: TemplateSnapshot) => TemplateSnapshot;
}): Promise<{ saved: boolean; number: number }> {
  const hostId = await hostOf(input.editor);
  return db.$transaction(async (tx) => {
    const template = await tx.checklistTemplate.findFirst({
      where: { id: input.templateId, organisationId: hostId },
      select: {
        id: true,
        version: true,
        revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, snapshot: true } },
      },
    });
    const latest = template?.revisions[0];
    if (!template || !latest) throw notFound('Mallen finns inte.');
    if (template.version !== input.version) throw conflict(staleMessage, 'STALE_VERSION');
    const before = parseSnapshot(latest.snapshot);
    const parsed = templateSnapshotSchema.safeParse(input.change(before));
    if (!parsed.success) throw invalid(await invalidTemplate(parsed.error.issues[0]));
    if (JSON.stringify(parsed.data) === JSON.stringify(before)) return { saved: false, number: latest.number };
    const { count } = await tx.checklistTemplate.updateMany({
      where: { id: template.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw conflict(staleMessage, 'STALE_VERSION');
    const number = latest.number + 1;
    await tx.checklistTemplateRevision.create({
      data: {
        templateId: template.id,
        number,
        snapshot: JSON.stringify(parsed.data),
        authorId: input.editor.id,
        note: input.note || null,
      },
    });
    await recordAudit(
      {
        organisationId: hostId,
        actorId: input.editor.id,
        action: 'checklist-template.revised',
        entityType: 'ChecklistTemplate',
        entityId: template.id,
        after: { number, note: input.note },
      },
      tx,
    );
    return { saved: true, number };
  });
}

/** Makes the newest revision the one organisations work with. */
export async function publishTemplateRevision(input: {
  editor: Editor;
  templateId: string;
  version: number;
  number: number;
}): Promise<void> {
  const hostId = await hostOf(input.editor);
  await db.$transaction(async (tx) => {
    const template = await tx.checklistTemplate.findFirst({
      where: { id: input.templateId, organisationId: hostId },
      select: {
        id: true,
        version: true,
        revisions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, snapshot: true } },
      },
    });
    const latest = template?.revisions[0];
    if (!template || !latest) throw notFound('Mallen finns inte.');
    if (template.version !== input.version || latest.number !== input.number)
      throw conflict(staleMessage, 'STALE_VERSION');
    const snapshot = parseSnapshot(latest.snapshot);
    const { count } = await tx.checklistTemplate.updateMany({
      where: { id: template.id, version: input.version },
      data: {
        publishedRevisionId: latest.id,
        status: 'PUBLISHED',
        publishedAt: new Date(),
        title: snapshot.title,
        summary: snapshot.summary,
        article: snapshot.article,
      },
    });
    if (count === 0) throw conflict(staleMessage, 'STALE_VERSION');
    await tx.checklistTemplateRevision.update({ where: { id: latest.id }, data: { published: true } });
    await recordAudit(
      {
        organisationId: hostId,
        actorId: input.editor.id,
        action: 'checklist-template.published',
        entityType: 'ChecklistTemplate',
        entityId: template.id,
        after: { number: latest.number },
      },
      tx,
    );
  });
}

/**
 * Restoring copies an old revision into a new one (history is never rewritten); publish it to make
 * it live. The template's versions in other languages are kept from the latest revision (each of
 * their texts is shown only where it translates the restored Swedish text, lib/checklist/translations.ts).
 */
export async function restoreTemplateRevision(input: {
  editor: Editor;
  templateId: string;
  version: number;
  number: number;
}) {
  await hostOf(input.editor);
  const old = await db.checklistTemplateRevision.findUnique({
    where: { templateId_number: { templateId: input.templateId, number: input.number } },
    select: { snapshot: true },
  });
  if (!old) throw notFound('Versionen finns inte.');
  const snapshot = parseSnapshot(old.snapshot);
  return saveTemplateRevision({
    ...input,
    // Stored in the history's own language (Swedish), as the course editor's notes are.
    note: translator(defaultLocale)('editorTemplates.templateActions.restoredNote', {
      number: String(input.number),
    }),
    change: (latest) => ({ ...snapshot, translations: latest.translations ?? snapshot.translations }),
  });
}
