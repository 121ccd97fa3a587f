'use server';

import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { authorize } from '@/lib/auth/guards';
import { createRule, removeRule } from '@/lib/data/assignment-rules';
import { deliverOutbox } from '@/lib/data/outbox';
import { formToObject, ruleSchema } from '@/lib/validation/assignments';
import { fromError, fromZodError, type ActionState } from './state';

export async function createRuleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const viewer = await authorize('rules:manage-units');
    const parsed = ruleSchema.safeParse(formToObject(form));
    if (!parsed.success) return fromZodError(parsed.error, 'Regeln sparades inte. Rätta de markerade fälten.');
    const result = await createRule(viewer, parsed.data);
    if (result.mailIds.length > 0)
      after(() => deliverOutbox({ ids: result.mailIds }).catch((error: unknown) => console.error(error)));
    revalidatePath('/chef', 'layout');
    return {
      status: 'success',
      message: `Regeln är sparad. ${result.assigned} ${result.assigned === 1 ? 'person' : 'personer'} fick kursen nu; de som börjar, flyttar hit eller byter målgrupp får den när det händer.`,
    };
  } catch (error) {
    return fromError(error);
  }
}

export async function removeRuleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const viewer = await authorize('rules:manage-units');
    await removeRule(viewer, String(form.get('ruleId') ?? ''));
    revalidatePath('/chef/regler');
    return {
      status: 'success',
      message: 'Regeln är borttagen. Kurser som redan tilldelats finns kvar, liksom allt som personerna har gjort.',
    };
  } catch (error) {
    return fromError(error);
  }
}
