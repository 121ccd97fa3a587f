// The checklist as an action plan (handlingsplan): the same rows feed the printable page, the
// CSV and the PDF, so the three always agree.
import { toCsv } from '@/lib/csv';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { ChecklistStateValue, TemplateSnapshot } from '@/lib/validation/checklist';
import { emptyItem, type ItemValues } from './changes';
import { stockholmDay } from '@/lib/dates';
import { actionPlanDeadline, type ActionPlanDeadline } from './deadline';
import { translator } from '@/lib/i18n';

export type PlanItem = {
  key: string;
  title: string;
  /** The language the item's title is written in (Swedish where it has no version in the reader's). */
  lang: Locale;
  status: ChecklistStateValue;
  reason: string;
  responsible: string | null;
  dueOn: string | null;
  evidenceText: string;
  evidenceLinks: string[];
};

export type PlanSection = {
  key: string;
  title: string;
  commitment: string;
  optional: boolean;
  lang: Locale;
  items: PlanItem[];
};

export type ActionPlan = {
  organisationName: string;
  /** The administration, for a checklist of its own; null for the whole organisation. */
  scopeName: string | null;
  title: string;
  titleLang: Locale;
  generatedOn: string;
  deadline: ActionPlanDeadline | null;
  sections: PlanSection[];
};

export function buildActionPlan(input: {
  organisationName: string;
  scopeName: string | null;
  /** The template as the reader sees it: in their language text by text where it has a version (lib/checklist/translations.ts). */
  template: Pick<TemplateSnapshot, 'title'> & {
    lang?: Locale;
    sections: (Omit<TemplateSnapshot['sections'][number], 'items'> & {
      lang?: Locale;
      items: (TemplateSnapshot['sections'][number]['items'][number] & { lang?: Locale })[];
    })[];
  };
  items: ReadonlyMap<string, ItemValues>;
  signedAt: Date | null;
  now: Date;
}): ActionPlan {
  return {
    organisationName: input.organisationName,
    scopeName: input.scopeName,
    title: input.template.title,
    titleLang: input.template.lang ?? defaultLocale,
    generatedOn: stockholmDay(input.now),
    deadline: actionPlanDeadline(input.signedAt, input.now),
    sections: input.template.sections.map((s) => ({
      key: s.key,
      title: s.title,
      commitment: s.commitment,
      optional: s.optional,
      lang: s.lang ?? defaultLocale,
      items: s.items.map((i) => {
        const v = input.items.get(i.key) ?? emptyItem;
        return {
          key: i.key,
          title: i.title,
          lang: i.lang ?? defaultLocale,
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
  'section',
  'key',
  'title',
  'status',
  'reason',
  'responsible',
  'dueOn',
  'evidenceText',
  'evidenceLinks',
] as const;

/** The plan as CSV with its headers and statuses in the reader's language (the texts as the plan has them). */
export function actionPlanCsv(plan: ActionPlan, locale: Locale = defaultLocale): string {
  const t = translator(locale);
  const rows = plan.sections.flatMap((s) =>
    s.items.map((i) => ({
      section: s.optional ? t('checklist.plan.optionalSuffix', { title: s.title }) : s.title,
      key: i.key,
      title: i.title,
      status: t(`labels.checklistState.${i.status}`),
      reason: i.reason,
      responsible: i.responsible ?? '',
      dueOn: i.dueOn ?? '',
      evidenceText: i.evidenceText,
      evidenceLinks: i.evidenceLinks.join('\n'),
    })),
  );
  return toCsv(
    rows,
    csvColumns.map((key) => ({ key, header: t(`checklist.plan.csvColumns.${key}`) })),
  );
}

/** A file name with only a–z, 0–9 and hyphens: "handlingsplan-sjostads-kommun-2026-11-28". */
export function actionPlanFileName(plan: ActionPlan, locale: Locale = defaultLocale): string {
  const slug = [plan.organisationName, plan.scopeName ?? '']
    .join(' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${translator(locale)('checklist.plan.fileName')}-${slug}-${plan.generatedOn}`;
}
