'use server';

import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/guards';
import { addUnitManager, createUnit, moveUnit, removeUnitManager, renameUnit } from '@/lib/data/admin-units-write';
import {
  unitCreateSchema,
  unitManagerRemoveSchema,
  unitManagerSchema,
  unitMoveSchema,
  unitRenameSchema,
} from '@/lib/validation/admin';
import { fromError, fromZodError } from './state';
import { textFields, type FormState } from './form-values';

// Each action: guard → validate → data layer (one transaction with its audit event) → revalidate.
function done(message: string, values?: Record<string, string>): FormState {
  revalidatePath('/admin', 'layout');
  return { status: 'success', message, values };
}

export async function createUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = textFields(formData, ['name', 'parentId']);
  try {
    const viewer = await authorize('admin:units');
    const parsed = unitCreateSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values };
    await createUnit(viewer, parsed.data);
    return done(`Enheten ${parsed.data.name} är skapad.`);
  } catch (error) {
    return { ...fromError(error), values };
  }
}

export async function renameUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = textFields(formData, ['id', 'name']);
  try {
    const viewer = await authorize('admin:units');
    const parsed = unitRenameSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values };
    await renameUnit(viewer, parsed.data);
    return done('Namnet är sparat.', values);
  } catch (error) {
    return { ...fromError(error), values };
  }
}

export async function moveUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = textFields(formData, ['id', 'parentId']);
  try {
    const viewer = await authorize('admin:units');
    const parsed = unitMoveSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values };
    await moveUnit(viewer, parsed.data);
    return done('Enheten är flyttad, med alla enheter under den.', values);
  } catch (error) {
    return { ...fromError(error), values };
  }
}

export async function addUnitManagerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = textFields(formData, ['unitId', 'email']);
  try {
    const viewer = await authorize('admin:units');
    const parsed = unitManagerSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values };
    const { name, raised } = await addUnitManager(viewer, parsed.data);
    return done(
      raised ? `${name} är nu chef för enheten och har fått rollen Chef.` : `${name} är nu chef för enheten.`,
    );
  } catch (error) {
    return { ...fromError(error), values };
  }
}

export async function removeUnitManagerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const viewer = await authorize('admin:units');
    const parsed = unitManagerRemoveSchema.safeParse(textFields(formData, ['unitId', 'userId']));
    if (!parsed.success) return fromZodError(parsed.error);
    await removeUnitManager(viewer, parsed.data);
    return done('Chefsuppdraget är borttaget. Personen har kvar sin roll; ändra den under Personer om det behövs.');
  } catch (error) {
    return fromError(error);
  }
}
