import 'server-only';
import { newId } from '@/lib/ids';
import { db } from '@/lib/db';
import { insertRows } from './bulk';
import type { Tx } from './tx';

export type AuditInput = {
  organisationId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Records one change (who, what, before/after). Pass the transaction so it commits with the change. */
export async function recordAudit(input: AuditInput, tx: Tx = db): Promise<void> {
  await tx.auditEvent.create({ data: toRow(input) });
}

/** Many changes at once (an import of thousands of people), with one statement. */
export async function recordAuditMany(inputs: readonly AuditInput[], tx: Tx = db): Promise<void> {
  const createdAt = new Date();
  await insertRows(
    tx,
    'AuditEvent',
    inputs.map((input) => ({ id: newId(), ...toRow(input), createdAt })),
  );
}

function toRow(input: AuditInput) {
  return {
    organisationId: input.organisationId,
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
  };
}
