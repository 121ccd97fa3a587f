import 'server-only';
import { createTranslator } from 'use-intl/core';
import { messages } from '@/lib/i18n';
import { defaultLocale, localeOf, type Locale } from '@/lib/i18n/config';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { canAssign, canRemindPerson, type Viewer } from '@/lib/auth/permissions';
import { manualKey } from '@/lib/assignments/reminders';
import { inChunks } from '@/lib/collections';
import { forbidden } from '@/lib/errors';
import { manualReminderMail } from '@/lib/mail/templates';
import { recordAudit } from './audit';
import { enqueueOnce } from './outbox';
import { buildRows } from './team-rows';

export type ManualReminderResult = {
  sent: number;
  alreadyToday: number;
  nothingOpen: number;
  /** Staff with no e-mail address: a reminder has to reach them at a meeting. */
  noAddress: number;
  mailIds: string[];
};

/**
 * A manager reminds chosen people of their unfinished courses. At most one manual reminder per
 * person and day (whoever sends it): the outbox key `manual:<person>:<day>` refuses the second.
 */
export async function sendManualReminders(
  viewer: Viewer & { name: string },
  userIds: readonly string[],
  now = new Date(),
): Promise<ManualReminderResult> {
  if (!canAssign(viewer)) throw forbidden();
  const ids = [...new Set(userIds)];
  const people = await inChunks(ids, (batch) =>
    db.user.findMany({
      where: { id: { in: batch }, organisationId: viewer.organisationId, active: true },
      select: {
        id: true,
        name: true,
        email: true,
        locale: true,
        audience: true,
        organisationId: true,
        unitId: true,
        unit: { select: { name: true, path: true } },
      },
    }),
  );
  if (
    people.length !== ids.length ||
    people.some((p) => !canRemindPerson(viewer, { organisationId: p.organisationId, unitPath: p.unit?.path ?? null }))
  ) {
    throw forbidden(
      'En eller flera av de valda personerna finns inte, är inaktiverade eller hör inte till dina enheter. Ingen påminnelse har skickats.',
    );
  }
  const rows = await buildRows(
    people.map((p) => ({ ...p, audience: p.audience as Audience, unitName: p.unit?.name ?? null })),
    now,
  );
  // Each mail in its person's language, with the titles in it where a course has one.
  const localeById = new Map(people.map((p) => [p.id, localeOf(p.locale)]));
  const translations = await courseTranslations(rows.flatMap((r) => r.items.map((i) => i.courseId)));
  const result: ManualReminderResult = { sent: 0, alreadyToday: 0, nothingOpen: 0, noAddress: 0, mailIds: [] };
  for (const row of rows) {
    const open = row.items.filter((i) => i.status !== 'done');
    if (open.length === 0) {
      result.nothingOpen += 1;
      continue;
    }
    if (!row.email) {
      result.noAddress += 1;
      continue;
    }
    const text = manualReminderMail({
      name: row.name,
      sentBy: viewer.name,
      courses: open.map((i) => ({ ...i, translations: translations.get(i.courseId) })),
      locale: localeById.get(row.id),
    });
    const id = await enqueueOnce({
      organisationId: viewer.organisationId,
      to: row.email,
      ...text,
      kind: 'manual',
      dedupeKey: manualKey(row.id, now),
    });
    if (id) {
      result.sent += 1;
      result.mailIds.push(id);
    } else {
      result.alreadyToday += 1;
    }
  }
  await recordAudit({
    organisationId: viewer.organisationId,
    actorId: viewer.id,
    action: 'reminder.sent',
    entityType: 'User',
    after: { people: ids.length, sent: result.sent },
  });
  return result;
}

/** Each course's `translations` column, by id. */
async function courseTranslations(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await inChunks([...new Set(ids)], (batch) =>
    db.course.findMany({ where: { id: { in: batch } }, select: { id: true, translations: true } }),
  );
  return new Map(rows.map((c) => [c.id, c.translations]));
}

/** What the manager is told after sending reminders, in their language. */
export function describeReminders(r: ManualReminderResult, locale: Locale = defaultLocale): string {
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'team' });
  const parts = [t('reminded', { sent: r.sent })];
  if (r.alreadyToday > 0) parts.push(t('remindedAlready', { count: r.alreadyToday }));
  if (r.nothingOpen > 0) parts.push(t('remindedNothing', { count: r.nothingOpen }));
  if (r.noAddress > 0) parts.push(t('remindedNoAddress', { count: r.noAddress }));
  return parts.join(' ');
}

export async function getDigestOptOut(userId: string): Promise<boolean> {
  const pref = await db.mailPreference.findUnique({ where: { userId }, select: { digestOptOut: true } });
  return pref?.digestOptOut ?? false;
}

export async function setDigestOptOut(person: { id: string; organisationId: string }, optOut: boolean): Promise<void> {
  await db.mailPreference.upsert({
    where: { userId: person.id },
    create: { userId: person.id, organisationId: person.organisationId, digestOptOut: optOut },
    update: { digestOptOut: optOut },
  });
}

/** For the unsubscribe link, which carries only the person's id (and a signature checked before). */
export async function optOutOfDigest(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, organisationId: true } });
  if (!user) return false;
  await setDigestOptOut(user, true);
  return true;
}
