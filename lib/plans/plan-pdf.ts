// A competence plan and its follow-up as an A4 PDF, for the politicians' follow-up: the same
// content as the plan's page, hidden figures marked the same way, in the reader's language (its
// title, words, dates and numbers; the PDF's language is set to it).
import type { PDFFont } from 'pdf-lib';
import { formatDay } from '@/lib/dates';
import { translator } from '@/lib/i18n';
import { defaultLocale, formatTags, type Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';
import { colours, createFlow, createPdf, type FlowLine } from '@/lib/pdf';
import { MIN_GROUP } from '@/lib/stats/protection';
import type { PlanGoal } from './follow-up';
import {
  columnWords,
  goalStatus,
  planColumns,
  type GoalCell,
  type HoursCell,
  type PlanFollowUp,
} from './follow-up-cells';
import { monthName } from './format';

export type PlanPdfInput = {
  organisationName: string;
  unitName: string;
  year: number;
  hoursPerEmployee: number | null;
  budgetKronor: number | null;
  decisionDate: Date | null;
  decisionReference: string;
  notes: string;
  goals: PlanGoal[];
  activities: {
    kind: 'COURSE' | 'SESSION' | 'OTHER';
    title: string;
    month: number | null;
    course: { title: string } | null;
  }[];
  followUp: PlanFollowUp<PlanGoal>;
  printedAt: Date;
  /** The reader's language; the courses' titles are given in it where they have one. */
  locale?: Locale;
};

type Fonts = { regular: PDFFont; bold: PDFFont };
type Words = ReturnType<typeof translator>;

function hoursText(c: HoursCell, t: Words): string {
  if (c.hidden) return t(`stats.hidden.${c.reason}`);
  if (c.people === 0) return t('plans.none');
  const hours = (n: number) => t('plans.hours', { hours: n });
  const parts = [
    c.perPerson !== null ? t('plans.perPerson', { hours: hours(c.perPerson) }) : null,
    t('plans.people', { count: c.people }),
    c.decided !== null ? t('plans.decided', { hours: hours(c.decided) }) : null,
  ];
  return `${hours(c.hours)} (${parts.filter(Boolean).join(', ')})`;
}

function shareText(c: GoalCell, t: Words, locale: Locale): string {
  if (c.hidden) return t(`stats.hidden.${c.reason}`);
  if (c.percent === null) return t('plans.noneInGroup');
  const of = t('plans.ofCount', { completed: formatCount(c.completed, locale), people: formatCount(c.people, locale) });
  return `${t('plans.percent', { percent: String(c.percent) })} ${of}`;
}

function heading(text: string, f: Fonts): FlowLine {
  return { text, font: f.bold, size: 14, color: colours.purple, gapBefore: 16 };
}

export async function planPdf(plan: PlanPdfInput): Promise<Uint8Array> {
  const locale = plan.locale ?? defaultLocale;
  const t = translator(locale);
  const year = String(plan.year);
  const hours = (n: number) => t('plans.hours', { hours: n });
  const group = (audience: PlanGoal['audience']) => t(`plans.group.${audience ?? 'alla'}`);
  const title = t('plans.pdfTitle', { year, unit: plan.unitName });
  const { pdf, fonts } = await createPdf({
    title: `${title} – ${plan.organisationName}`,
    language: formatTags[locale],
    fonts: ['regular', 'bold'],
  });
  const f: Fonts = fonts;
  const text = (s: string, gapBefore = 2): FlowLine => ({ text: s, font: f.regular, size: 10, gapBefore });
  const flow = createFlow(pdf, 50);
  flow.draw([
    { text: title, font: f.bold, size: 22, color: colours.purple },
    { text: plan.organisationName, font: f.regular, size: 12, gapBefore: 6 },
    { ...text(t('plans.printed', { date: formatDay(plan.printedAt, locale) }), 4), color: colours.grey },
  ]);
  const decision = [
    plan.decisionDate ? formatDay(plan.decisionDate, locale) : null,
    plan.decisionReference || null,
  ].filter(Boolean);
  const notGiven = t('plans.notGiven').toLowerCase();
  flow.draw([
    heading(t('plans.resources'), f),
    text(
      `${t('plans.timePerEmployee')}: ${plan.hoursPerEmployee !== null ? hours(plan.hoursPerEmployee) : notGiven}`,
      6,
    ),
    text(
      `${t('plans.budget')}: ${plan.budgetKronor !== null ? t('plans.kronor', { amount: formatCount(plan.budgetKronor, locale) }) : notGiven}`,
    ),
    text(`${t('plans.decision')}: ${decision.join(', ') || t('plans.notGivenDecision').toLowerCase()}`),
  ]);
  flow.draw([heading(t('plans.goals'), f), ...(plan.goals.length ? [] : [text(t('plans.noGoals'), 6)])]);
  const goalLine = (g: PlanGoal) =>
    t.markup('plans.goalLine', {
      percent: String(g.targetPercent),
      group: group(g.audience),
      course: () => g.courseTitle,
    });
  for (const g of plan.goals) flow.draw([text(`• ${goalLine(g)}`)]);
  flow.draw([heading(t('plans.activities'), f), ...(plan.activities.length ? [] : [text(t('plans.noActivities'), 6)])]);
  for (const a of plan.activities) {
    const extra = [
      t(`plans.kind.${a.kind}`),
      a.month ? monthName(a.month, locale) : null,
      a.course ? t.markup('plans.theCourse', { course: () => a.course!.title }) : null,
    ];
    flow.draw([text(`• ${a.title} (${extra.filter(Boolean).join(', ')})`)]);
  }
  if (plan.notes) flow.draw([heading(t('plans.notes'), f), text(plan.notes, 6)]);
  const fu = plan.followUp;
  flow.draw([
    heading(t('plans.followUp'), f),
    text(`${t('plans.gone', { percent: String(Math.round(fu.gone * 100)), year })} ${t('plans.hoursRule')}`, 6),
    { text: t('plans.hoursIn', { year }), font: f.bold, size: 11, gapBefore: 10 },
    ...planColumns.map((c) => text(`${t(`stats.${columnWords[c]}`)}: ${hoursText(fu.hours[c], t)}`)),
  ]);
  if (fu.goals.length) flow.draw([text(t('plans.goalRule'), 8)]);
  for (const g of fu.goals) {
    const state = goalStatus(g);
    flow.draw([
      {
        text: `${t('plans.goalRow', { percent: String(g.targetPercent), group: group(g.audience) })}: ${g.courseTitle}`,
        font: f.bold,
        size: 11,
        gapBefore: 10,
      },
      ...planColumns.map((c) => text(`${t(`stats.${columnWords[c]}`)}: ${shareText(g.cells[c], t, locale)}`)),
      text(`${t('plans.state')}: ${t(`plans.status.${state}`).toLowerCase()}`),
    ]);
  }
  flow.draw([text(t('plans.protectionShort', { min: MIN_GROUP }), 12)]);
  flow.footer((page, pages) => t('plans.footer', { organisation: plan.organisationName, title, page, pages }), {
    font: f.regular,
    size: 8,
  });
  return pdf.save();
}
