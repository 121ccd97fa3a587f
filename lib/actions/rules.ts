'use server';

import { z } from 'zod';
import { authorize } from '@/lib/auth/guards';
import { createRule, removeRule } from '@/lib/data/rule-edits';
import { ruleSchema } from '@/lib/validation/assignments';
import { action } from './action';
import { deliverLater } from './deliver-later';

const rules = () => authorize('rules:manage-units');

export const createRuleAction = action({
  guard: rules,
  schema: ruleSchema,
  invalid: 'Regeln sparades inte. Rätta de markerade fälten.',
  run: async (data, { viewer }) => {
    const result = await createRule(viewer, data);
    deliverLater(result.mailIds, 'ny regel');
    return result;
  },
  revalidate: [['/chef', 'layout']],
  success: ({ assigned }, { item }) =>
    `Regeln är sparad. ${assigned} ${assigned === 1 ? 'person' : 'personer'} fick ${item.kind === 'path' ? 'lärvägen' : 'kursen'} nu; de som börjar, flyttar hit eller byter målgrupp får den när det händer.`,
});

export const removeRuleAction = action({
  guard: rules,
  schema: z.object({ ruleId: z.string().max(64).default('') }),
  run: (data, { viewer }) => removeRule(viewer, data.ruleId),
  revalidate: ['/chef/regler'],
  success: 'Regeln är borttagen. Kurser som redan tilldelats finns kvar, liksom allt som personerna har gjort.',
});
