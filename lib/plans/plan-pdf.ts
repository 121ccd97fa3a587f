// A competence plan and its follow-up as an A4 PDF, for the politicians' follow-up: the same
// content as the plan's page, hidden figures marked the same way. Swedish title and language.
import type { PDFFont } from 'pdf-lib';
import { formatDay } from '@/lib/dates';
import { womenMenAllLabels } from '@/lib/labels';
import { colours, createFlow, createPdf, type FlowLine } from '@/lib/pdf';
import type { PlanGoal } from './follow-up';
import { planColumns, planHiddenLabels, type GoalCell, type HoursCell, type PlanFollowUp } from './follow-up-cells';
import {
  activityKindLabels,
  formatHours,
  formatKronor,
  GOAL_RULE,
  goalGroupLabel,
  HOURS_RULE,
  monthNames,
} from './format';

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
    kind: keyof typeof activityKindLabels;
    title: string;
    month: number | null;
    course: { title: string } | null;
  }[];
  followUp: PlanFollowUp<PlanGoal>;
  printedAt: Date;
};

type Fonts = { regular: PDFFont; bold: PDFFont };
const columnLabel = womenMenAllLabels;

const hoursText = (c: HoursCell) =>
  c.hidden
    ? planHiddenLabels[c.reason]
    : c.people === 0
      ? 'ingen'
      : `${formatHours(c.hours)} (${c.perPerson !== null ? `${formatHours(c.perPerson)} per person, ` : ''}${c.people} personer${c.decided !== null ? `, beslutat ${formatHours(c.decided)}` : ''})`;
const shareText = (c: GoalCell) =>
  c.hidden
    ? planHiddenLabels[c.reason]
    : c.percent === null
      ? 'ingen i gruppen'
      : `${c.percent} % (${c.completed} av ${c.people})`;

function heading(text: string, f: Fonts): FlowLine {
  return { text, font: f.bold, size: 14, color: colours.purple, gapBefore: 16 };
}

export async function planPdf(plan: PlanPdfInput): Promise<Uint8Array> {
  const title = `Kompetensplan ${plan.year} – ${plan.unitName}`;
  const { pdf, fonts } = await createPdf({ title: `${title} – ${plan.organisationName}`, fonts: ['regular', 'bold'] });
  const f: Fonts = fonts;
  const text = (t: string, gapBefore = 2): FlowLine => ({ text: t, font: f.regular, size: 10, gapBefore });
  const flow = createFlow(pdf, 50);
  flow.draw([
    { text: title, font: f.bold, size: 22, color: colours.purple },
    { text: plan.organisationName, font: f.regular, size: 12, gapBefore: 6 },
    { ...text(`Utskriven ${formatDay(plan.printedAt)} från Jämställdhetsportalen`, 4), color: colours.grey },
  ]);
  const decision = [plan.decisionDate ? formatDay(plan.decisionDate) : null, plan.decisionReference || null].filter(
    Boolean,
  );
  flow.draw([
    heading('Beslutade resurser', f),
    text(
      `Tid per anställd: ${plan.hoursPerEmployee !== null ? formatHours(plan.hoursPerEmployee) : 'inte angiven'}`,
      6,
    ),
    text(`Budget: ${plan.budgetKronor !== null ? formatKronor(plan.budgetKronor) : 'inte angiven'}`),
    text(`Beslut: ${decision.join(', ') || 'inte angivet'}`),
  ]);
  flow.draw([heading('Mål', f), ...(plan.goals.length ? [] : [text('Planen har inga mål.', 6)])]);
  for (const g of plan.goals)
    flow.draw([
      text(`• ${g.targetPercent} % av ${goalGroupLabel(g.audience).toLowerCase()} har gått kursen ${g.courseTitle}`),
    ]);
  flow.draw([
    heading('Planerade aktiviteter', f),
    ...(plan.activities.length ? [] : [text('Inga aktiviteter är planerade.', 6)]),
  ]);
  for (const a of plan.activities) {
    const extra = [
      activityKindLabels[a.kind].toLowerCase(),
      a.month ? monthNames[a.month - 1] : null,
      a.course ? `kursen ${a.course.title}` : null,
    ];
    flow.draw([text(`• ${a.title} (${extra.filter(Boolean).join(', ')})`)]);
  }
  if (plan.notes) flow.draw([heading('Anteckningar', f), text(plan.notes, 6)]);
  const fu = plan.followUp;
  flow.draw([
    heading('Uppföljning', f),
    text(`${Math.round(fu.gone * 100)} % av ${plan.year} har gått. ${HOURS_RULE}`, 6),
    { text: `Timmar under ${plan.year}`, font: f.bold, size: 11, gapBefore: 10 },
    ...planColumns.map((c) => text(`${columnLabel[c]}: ${hoursText(fu.hours[c])}`)),
  ]);
  if (fu.goals.length) flow.draw([text(GOAL_RULE, 8)]);
  for (const g of fu.goals) {
    const state =
      g.reached === null
        ? 'kan inte visas'
        : g.reached
          ? 'nått'
          : g.onTrack
            ? 'inte nått, i fas'
            : 'inte nått, efter plan';
    flow.draw([
      {
        text: `${g.targetPercent} % av ${goalGroupLabel(g.audience).toLowerCase()}: ${g.courseTitle}`,
        font: f.bold,
        size: 11,
        gapBefore: 10,
      },
      ...planColumns.map((c) => text(`${columnLabel[c]}: ${shareText(g.cells[c])}`)),
      text(`Läge: ${state}`),
    ]);
  }
  flow.draw([
    text(
      'Siffror om färre än 5 personer visas inte, inte heller sådana som skulle gå att räkna fram ur andra siffror.',
      12,
    ),
  ]);
  flow.footer((page, pages) => `${plan.organisationName} · ${title} · Sida ${page} av ${pages}`, {
    font: f.regular,
    size: 8,
  });
  return pdf.save();
}
