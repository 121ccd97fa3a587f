'use server';

import { getTranslations } from 'next-intl/server';
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
  success: async ({ assigned }, { item }) =>
    (await getTranslations('rules'))(item.kind === 'path' ? 'savedPath' : 'savedCourse', { count: assigned }),
});

export const removeRuleAction = action({
  guard: rules,
  schema: z.object({ ruleId: z.string().max(64).default('') }),
  run: (data, { viewer }) => removeRule(viewer, data.ruleId),
  revalidate: ['/chef/regler'],
  success: 'Regeln är borttagen. Kurser som redan tilldelats finns kvar, liksom allt som personerna har gjort.',
});
