'use server';

import { z } from 'zod';
import { authorize } from '@/lib/auth/guards';
import { createPerson, setPersonActive, updatePerson } from '@/lib/data/admin-people-write';
import { personSchema } from '@/lib/validation/admin';
import { flag } from '@/lib/validation/form';
import { action } from './action';

const admin = () => authorize('admin:people');
/** A record id from a hidden field; one that is odd or of another organisation is "not found" in the data layer. */
const recordId = z.string().max(64).default('');

export const createPersonAction = action({
  guard: admin,
  schema: personSchema,
  run: (data, { viewer }) => createPerson(viewer, data),
  // An address already in use belongs beside the e-mail field.
  fieldFor: { EMAIL_TAKEN: 'email', NUMBER_TAKEN: 'employeeNumber' },
  revalidate: ['/admin'],
  redirect: (id) => `/admin/personer/${id}?ny=1`,
});

export const updatePersonAction = action({
  guard: admin,
  schema: personSchema.extend({ id: recordId, version: z.string().max(40).optional() }),
  run: ({ id, version, ...person }, { viewer }) => updatePerson(viewer, id, person, { version }),
  fieldFor: { EMAIL_TAKEN: 'email', NUMBER_TAKEN: 'employeeNumber' },
  revalidate: [['/admin', 'layout']],
  success: (_, __, { values }) => ({ message: 'Ändringarna är sparade.', values }),
});

export const setPersonActiveAction = action({
  guard: admin,
  schema: z.object({ id: recordId, active: flag }),
  run: async ({ id, active }, { viewer }) => {
    await setPersonActive(viewer, id, active);
    return active;
  },
  revalidate: [['/admin', 'layout']],
  success: (active) =>
    active
      ? 'Personen är aktiv igen och kan logga in.'
      : 'Personen är inaktiverad. Hen kan inte logga in, och historiken finns kvar.',
});
