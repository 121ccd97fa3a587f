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
import { invalidVersion } from '@/lib/validation/form';
import { action, type Revalidate } from './action';

// Published examples show on /exempel, on guidance pages and on the start page: every change that
// can publish or unpublish one refreshes them all.
const everywhere: Revalidate[] = [['/', 'layout']];

export const submitExampleAction = action({
  guard: () => authorize(),
  schema: exampleSchema,
  arrays: ['topics', 'audiences'],
  invalid: 'Exemplet är inte skickat. Rätta de markerade fälten.',
  run: (data, { viewer }) => submitExample(viewer, data),
  revalidate: ['/exempel/mina'],
  redirect: () => '/exempel/mina?skickat=1',
});

export const editExampleAction = action({
  guard: () => authorize(),
  schema: exampleEditSchema,
  arrays: ['topics', 'audiences'],
  invalid: (error) => invalidVersion(error) ?? 'Exemplet är inte sparat. Rätta de markerade fälten.',
  run: (data, { viewer }) => updateExample(viewer, data),
  revalidate: everywhere,
  redirect: () => '/exempel/mina?andrat=1',
});

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
