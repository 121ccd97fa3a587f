import type { Audience } from '@/lib/audiences';
import { audiencePluralLabels, planActivityKindLabels } from '@/lib/labels';

// How a plan's figures read, on the page and in the PDF alike.

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** "2,5 timmar". */
export const formatHours = (hours: number) => `${number.format(hours)} ${hours === 1 ? 'timme' : 'timmar'}`;
/** "250 000 kr". */
export const formatKronor = (kronor: number) => `${kronor.toLocaleString('sv-SE')} kr`;
/** "Alla i förvaltningen" or the audience as a group. */
export const goalGroupLabel = (audience: Audience | null) =>
  audience ? audiencePluralLabels[audience] : 'Alla i förvaltningen';

export const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const activityKindLabels = planActivityKindLabels;
export const activityKindFormKey = { COURSE: 'kurs', SESSION: 'gruppträff', OTHER: 'annat' } as const;

/** The hours rule, said once for the page and the PDF. */
export const HOURS_RULE =
  'Timmar räknas så här: en gruppträff man har deltagit i räknas med träffens längd. En kurs som blivit klar under året räknas med kursens längd, minus den tid man redan har fått räknad från gruppträffar om samma kurs. Ingen tid räknas två gånger.';
export const GOAL_RULE =
  'Ett mål räknar alla i målgruppen som har gått klart kursen, också före planens år. "I fas" betyder att andelen är minst målet gånger den del av året som har gått.';
