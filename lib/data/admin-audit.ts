import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { Viewer } from '@/lib/auth/permissions';
import { addDays, startOfStockholmDay } from '@/lib/dates';
import type { AuditFilter } from '@/lib/validation/admin';
import { auditSubjects, subjectKey } from './audit-subjects';

// The audit log of one organisation, newest first. Other issues add their own actions (content
// publishing, checklist changes); the list shows whatever is recorded.
export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  createdAt: string;
  action: string;
  entityType: string;
  entityId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  /** The subject's current name or title, where it has one and still exists. */
  subject: string | null;
  before: string | null;
  after: string | null;
};

export const listAuditEvents = cache(async (viewer: Viewer, filter: AuditFilter) => {
  const where: Prisma.AuditEventWhereInput = { organisationId: viewer.organisationId };
  if (filter.handling) where.action = filter.handling;
  if (filter.typ) where.entityType = filter.typ;
  if (filter.vem) where.actor = { email: filter.vem.toLowerCase(), organisationId: viewer.organisationId };
  if (filter.fran || filter.till) {
    // Dates are whole days in Swedish time; the end day is included.
    where.createdAt = {
      ...(filter.fran ? { gte: startOfStockholmDay(filter.fran) } : {}),
      ...(filter.till ? { lt: startOfStockholmDay(addDays(filter.till, 1)) } : {}),
    };
  }
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.sida, pageCount);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const subjects = await auditSubjects(viewer.organisationId, events);
  const rows: AuditRow[] = events.map(({ actor, createdAt, ...e }) => ({
    ...e,
    createdAt: createdAt.toISOString(),
    actorName: actor?.name ?? null,
    actorEmail: actor?.email ?? null,
    subject: subjects.get(subjectKey(e)) ?? null,
  }));
  return { rows, total, page, pageCount };
});

/** The actions and entity types recorded so far in the organisation, for the filter lists. */
export const listAuditVocabulary = cache(async (viewer: Viewer) => {
  const [actions, types] = await Promise.all([
    db.auditEvent.findMany({
      where: { organisationId: viewer.organisationId },
      distinct: ['action'],
      select: { action: true },
      orderBy: { action: 'asc' },
    }),
    db.auditEvent.findMany({
      where: { organisationId: viewer.organisationId },
      distinct: ['entityType'],
      select: { entityType: true },
      orderBy: { entityType: 'asc' },
    }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: types.map((t) => t.entityType) };
});
