// Which assignment rules reach which person, and when the resulting course is due. Pure, so the
// same answer holds whether a person was just created, moved to another unit or given another
// audience (lib/data/assignment-rules.ts feeds it from the database).
import type { Audience } from '@/lib/audiences';
import { addDays, endOfStockholmDay, stockholmDay } from '@/lib/dates';

export type RuleTarget = {
  id: string;
  /** Null for an organisation-wide rule on audience only. */
  unitId: string | null;
  /** The rule's unit's path now; null when the unit no longer exists. */
  unitPath: string | null;
  includeSubunits: boolean;
  audience: Audience | null;
};

export type RulePerson = {
  active: boolean;
  unitId: string | null;
  unitPath: string | null;
  audience: Audience;
};

export function ruleMatches(rule: RuleTarget, person: RulePerson): boolean {
  if (!person.active) return false;
  // A rule must narrow by something; one naming neither unit nor audience reaches nobody.
  if (!rule.unitId && !rule.audience) return false;
  if (rule.audience && rule.audience !== person.audience) return false;
  if (rule.unitId) {
    if (!rule.unitPath || !person.unitPath || !person.unitId) return false;
    return rule.includeSubunits ? person.unitPath.startsWith(rule.unitPath) : person.unitId === rule.unitId;
  }
  return true;
}

export function matchingRules<R extends RuleTarget>(rules: readonly R[], person: RulePerson): R[] {
  return rules.filter((rule) => ruleMatches(rule, person));
}

/**
 * Due N days after the person joins. Someone who joined before the rule reached them (a rule
 * made today for people already at work, or a move) "joins" the rule's group now, so their
 * deadline is never in the past; a future start date (a new hire) counts from that date.
 */
export function ruleDueAt({ dueDays, joinedAt, now }: { dueDays: number; joinedAt: Date; now: Date }): Date {
  const start = joinedAt > now ? joinedAt : now;
  return endOfStockholmDay(addDays(stockholmDay(start), dueDays));
}
