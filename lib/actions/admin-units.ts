'use server';

import { getTranslations } from 'next-intl/server';
import { authorize } from '@/lib/auth/guards';
import { addUnitManager, createUnit, moveUnit, removeUnitManager, renameUnit } from '@/lib/data/admin-units-write';
import {
  unitCreateSchema,
  unitManagerRemoveSchema,
  unitManagerSchema,
  unitMoveSchema,
  unitRenameSchema,
} from '@/lib/validation/admin';
import { action, type Revalidate } from './action';

// Each data function writes in one transaction with its audit event.
const admin = () => authorize('admin:units');
const adminPages: Revalidate[] = [['/admin', 'layout']];

export const createUnitAction = action({
  guard: admin,
  schema: unitCreateSchema,
  run: (data, { viewer }) => createUnit(viewer, data),
  revalidate: adminPages,
  // Built with the name, so in the reader's language here (fixed answers are translated by their text).
  success: async (_, { name }) => (await getTranslations('adminPeople.answers'))('unitCreated', { name }),
});

export const renameUnitAction = action({
  guard: admin,
  schema: unitRenameSchema,
  run: (data, { viewer }) => renameUnit(viewer, data),
  revalidate: adminPages,
  success: (_, __, { values }) => ({ message: 'Namnet är sparat.', values }),
});

export const moveUnitAction = action({
  guard: admin,
  schema: unitMoveSchema,
  run: (data, { viewer }) => moveUnit(viewer, data),
  revalidate: adminPages,
  success: (_, __, { values }) => ({ message: 'Enheten är flyttad, med alla enheter under den.', values }),
});

export const addUnitManagerAction = action({
  guard: admin,
  schema: unitManagerSchema,
  run: (data, { viewer }) => addUnitManager(viewer, data),
  revalidate: adminPages,
  success: async ({ name, raised }) =>
    (await getTranslations('adminPeople.answers'))(raised ? 'managerRaised' : 'managerAdded', { name }),
});

export const removeUnitManagerAction = action({
  guard: admin,
  schema: unitManagerRemoveSchema,
  run: (data, { viewer }) => removeUnitManager(viewer, data),
  revalidate: adminPages,
  success: 'Chefsuppdraget är borttaget. Personen har kvar sin roll; ändra den under Personer om det behövs.',
});
