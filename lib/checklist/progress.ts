// Progress of a checklist: per section (commitment) and overall. Items marked "not applicable"
// leave the denominator; optional sections (outside the article itself) are counted apart and
// do not move the overall figure.
import type { ChecklistStateValue, TemplateSection } from '@/lib/validation/checklist';
import { daysBetween, stockholmDay } from '@/lib/dates';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { isSettled } from './status';

export type ItemState = { status: ChecklistStateValue; dueAt: Date | null };

export type Counts = {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  notApplicable: number;
  /** Items that count: all but the not applicable ones. */
  applicable: number;
  /** Share done of the applicable items, 0–100; null when no item applies. */
  percent: number | null;
};

/** `lang`: the language the section's title is shown in (lib/checklist/translations.ts). */
export type SectionProgress = Counts & { key: string; title: string; optional: boolean; lang: Locale };

type Shown<T> = T & { lang?: Locale };
type Sections = readonly Shown<Omit<TemplateSection, 'items'> & { items: Shown<TemplateSection['items'][number]>[] }>[];

export type ChecklistProgress = { sections: SectionProgress[]; optional: SectionProgress[]; overall: Counts };

const stateOf = (states: ReadonlyMap<string, ItemState>, key: string): ChecklistStateValue =>
  states.get(key)?.status ?? 'NOT_STARTED';

export function countStates(statuses: readonly ChecklistStateValue[]): Counts {
  const n = (s: ChecklistStateValue) => statuses.filter((x) => x === s).length;
  const notApplicable = n('NOT_APPLICABLE');
  const done = n('DONE');
  const applicable = statuses.length - notApplicable;
  return {
    total: statuses.length,
    done,
    inProgress: n('IN_PROGRESS'),
    notStarted: n('NOT_STARTED'),
    notApplicable,
    applicable,
    percent: applicable === 0 ? null : Math.round((done / applicable) * 100),
  };
}

export function checklistProgress(sections: Sections, states: ReadonlyMap<string, ItemState>): ChecklistProgress {
  const all = sections.map((s) => ({
    key: s.key,
    title: s.title,
    optional: s.optional,
    lang: s.lang ?? defaultLocale,
    ...countStates(s.items.map((i) => stateOf(states, i.key))),
  }));
  const required = sections.filter((s) => !s.optional);
  return {
    sections: all.filter((s) => !s.optional),
    optional: all.filter((s) => s.optional),
    overall: countStates(required.flatMap((s) => s.items.map((i) => stateOf(states, i.key)))),
  };
}

export type OverdueItem = {
  key: string;
  title: string;
  lang: Locale;
  sectionTitle: string;
  dueOn: string;
  daysLate: number;
};

/** Items whose due day has passed in Stockholm and that are neither done nor not applicable. */
export function overdueItems(sections: Sections, states: ReadonlyMap<string, ItemState>, now: Date): OverdueItem[] {
  const today = stockholmDay(now);
  const late: OverdueItem[] = [];
  for (const section of sections) {
    for (const item of section.items) {
      const state = states.get(item.key);
      if (!state?.dueAt || isSettled(state.status)) continue;
      const dueOn = stockholmDay(state.dueAt);
      if (dueOn >= today) continue;
      const daysLate = daysBetween(dueOn, today);
      late.push({
        key: item.key,
        title: item.title,
        lang: item.lang ?? defaultLocale,
        sectionTitle: section.title,
        dueOn,
        daysLate,
      });
    }
  }
  return late.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'sv'));
}
