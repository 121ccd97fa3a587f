'use server';

import { authorize } from '@/lib/auth/guards';
import {
  reviewExample,
  setExampleName,
  submitExample,
  updateExample,
  withdrawExample,
} from '@/lib/data/learning-examples';
import {
  exampleEditSchema,
  exampleNameSchema,
  exampleReviewSchema,
  exampleSchema,
  exampleWithdrawSchema,
} from '@/lib/validation/examples';
import { inspectExampleUploads } from '@/lib/uploads/inspect';
import { invalidVersion } from '@/lib/validation/form';
import { action, type Revalidate } from './action';
import type { ActionState, FormValues } from './state';

// Published examples show on /exempel, on guidance pages and on the start page: every change that
// can publish or unpublish one refreshes them all.
const everywhere: Revalidate[] = [['/', 'layout']];

/**
 * The example form's guard and schema input. Its files are inspected (their first bytes,
 * lib/uploads/inspect) once the person is let through, and handed to the schema with the text, so
 * every field's problem is told at once.
 */
function exampleForm(form: FormData) {
  let uploads: Partial<Awaited<ReturnType<typeof inspectExampleUploads>>> = {};
  const list = (name: string) => form.getAll(name).filter((v) => typeof v === 'string');
  return {
    guard: async () => {
      const viewer = await authorize();
      uploads = await inspectExampleUploads(form);
      return viewer;
    },
    input: (values: FormValues) => ({ ...values, topics: list('topics'), audiences: list('audiences'), ...uploads }),
  };
}

export async function submitExampleAction(previous: ActionState, form: FormData): Promise<ActionState> {
  return action({
    ...exampleForm(form),
    schema: exampleSchema,
    invalid: 'Exemplet är inte skickat. Rätta de markerade fälten.',
    run: (data, { viewer }) => submitExample(viewer, data),
    revalidate: ['/exempel/mina'],
    redirect: () => '/exempel/mina?skickat=1',
  })(previous, form);
}

export async function editExampleAction(previous: ActionState, form: FormData): Promise<ActionState> {
  return action({
    ...exampleForm(form),
    schema: exampleEditSchema,
    invalid: (error) => invalidVersion(error) ?? 'Exemplet är inte sparat. Rätta de markerade fälten.',
    run: (data, { viewer }) => updateExample(viewer, data),
    revalidate: everywhere,
    redirect: () => '/exempel/mina?andrat=1',
  })(previous, form);
}

export const exampleNameAction = action({
  guard: () => authorize(),
  schema: exampleNameSchema,
  run: (data, { viewer }) => setExampleName(viewer, data.exampleId, data.showName),
  revalidate: everywhere,
  success: (_, data) =>
    data.showName ? 'Ditt namn visas vid exemplet.' : 'Exemplet visas som skrivet av en kollega på din enhet.',
});

export const withdrawExampleAction = action({
  guard: () => authorize(),
  schema: exampleWithdrawSchema,
  run: (data, { viewer }) => withdrawExample(viewer, data.exampleId),
  revalidate: everywhere,
  // The example's controls leave the page with it, so the answer is shown above the list.
  redirect: () => '/exempel/mina?aterkallat=1',
});

export const reviewExampleAction = action({
  guard: () => authorize('examples:review'),
  schema: exampleReviewSchema,
  invalid: (error) => error.issues[0]?.message,
  run: (data, { viewer }) => reviewExample(viewer, data),
  revalidate: everywhere,
  // The example leaves the list once decided, so the answer is shown above the list.
  redirect: (r) => `/exempel/granska?beslut=${r.status}`,
});
