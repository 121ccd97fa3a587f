// The checklist as an action plan (handlingsplan): the same rows feed the printable page, the
// CSV and the PDF, so the three always agree.
import { toCsv } from '@/lib/csv';
import { checklistStateLabels } from '@/lib/labels';
import type { ChecklistStateValue, TemplateSnapshot } from '@/lib/validation/checklist';
import { emptyItem, type ItemValues } from './changes';
import { stockholmDay } from '@/lib/dates';
import { actionPlanDeadline, type ActionPlanDeadline } from './deadline';

export type PlanItem = {
  key: string;
  title: string;
  status: ChecklistStateValue;
  reason: string;
  responsible: string | null;
  dueOn: string | null;
  evidenceText: string;
  evidenceLinks: string[];
};

export type PlanSection = { key: string; title: string; commitment: string; optional: boolean; items: PlanItem[] };

export type ActionPlan = {
  organisationName: string;
  /** The administration, for a checklist of its own; null for the whole organisation. */
  scopeName: string | null;
  title: string;
  generatedOn: string;
  deadline: ActionPlanDeadline | null;
  sections: PlanSection[];
};

export function buildActionPlan(input: {
  organisationName: string;
  scopeName: string | null;
  template: TemplateSnapshot;
  items: ReadonlyMap<string, ItemValues>;
  signedAt: Date | null;
  now: Date;
}): ActionPlan {
  return {
    organisationName: input.organisationName,
    scopeName: input.scopeName,
    title: input.template.title,
    generatedOn: stockholmDay(input.now),
    deadline: actionPlanDeadline(input.signedAt, input.now),
    sections: input.template.sections.map((s) => ({
      key: s.key,
      title: s.title,
      commitment: s.commitment,
      optional: s.optional,
      items: s.items.map((i) => {
        const v = input.items.get(i.key) ?? emptyItem;
        return {
          key: i.key,
          title: i.title,
          status: v.status,
          reason: v.reason,
          responsible: v.responsible?.name ?? null,
          dueOn: v.dueOn,
          evidenceText: v.evidenceText,
          evidenceLinks: v.evidenceLinks,
        };
      }),
    })),
  };
}

const csvColumns = [
  { key: 'section', header: 'Åtagande' },
  { key: 'key', header: 'Nyckel' },
  { key: 'title', header: 'Punkt' },
  { key: 'status', header: 'Status' },
  { key: 'reason', header: 'Skäl (ej aktuell)' },
  { key: 'responsible', header: 'Ansvarig' },
  { key: 'dueOn', header: 'Klart senast' },
  { key: 'evidenceText', header: 'Underlag' },
  { key: 'evidenceLinks', header: 'Länkar' },
];

export function actionPlanCsv(plan: ActionPlan): string {
  const rows = plan.sections.flatMap((s) =>
    s.items.map((i) => ({
      section: s.optional ? `${s.title} (frivilligt avsnitt)` : s.title,
      key: i.key,
      title: i.title,
      status: checklistStateLabels[i.status],
      reason: i.reason,
      responsible: i.responsible ?? '',
      dueOn: i.dueOn ?? '',
      evidenceText: i.evidenceText,
      evidenceLinks: i.evidenceLinks.join('\n'),
    })),
  );
  return toCsv(rows, csvColumns);
}

/** A file name with only a–z, 0–9 and hyphens: "handlingsplan-sjostads-kommun-2026-11-28". */
export function actionPlanFileName(plan: ActionPlan): string {
  const slug = [plan.organisationName, plan.scopeName ?? '']
    .join(' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `handlingsplan-${slug}-${plan.generatedOn}`;
}
