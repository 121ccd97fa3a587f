'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorize } from '@/lib/auth/guards';
import { createPerson, setPersonActive, updatePerson } from '@/lib/data/admin-people-write';
import { ExpectedError } from '@/lib/errors';
import { personSchema } from '@/lib/validation/admin';
import { fromError, fromZodError, type ActionState } from './state';
import { idField, textFields, type FormState } from './form-values';

const personFields = ['name', 'email', 'role', 'audience', 'unitId', 'gender'] as const;

/** An address conflict belongs beside the e-mail field; other errors go at the top of the form. */
function personError(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof ExpectedError && error.kind === 'conflict') {
    return { status: 'error', message: 'Rätta de markerade fälten.', fieldErrors: { email: [error.message] }, values };
  }
  return { ...fromError(error), values };
}

export async function createPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = textFields(formData, personFields);
  let id: string;
  try {
    const viewer = await authorize('admin:people');
    const parsed = personSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values };
    id = await createPerson(viewer, parsed.data);
  } catch (error) {
    return personError(error, values);
  }
  revalidatePath('/admin');
  redirect(`/admin/personer/${id}?ny=1`);
}

export async function updatePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = textFields(formData, personFields);
  try {
    const viewer = await authorize('admin:people');
    const id = idField(formData);
    const parsed = personSchema.safeParse(values);
    if (!parsed.success) return { ...fromZodError(parsed.error), values };
    await updatePerson(viewer, id, parsed.data);
    revalidatePath('/admin', 'layout');
    return { status: 'success', message: 'Ändringarna är sparade.', values };
  } catch (error) {
    return personError(error, values);
  }
}

export async function setPersonActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const viewer = await authorize('admin:people');
    const id = idField(formData);
    const active = formData.get('active') === 'true';
    await setPersonActive(viewer, id, active);
    revalidatePath('/admin', 'layout');
    return {
      status: 'success',
      message: active
        ? 'Personen är aktiv igen och kan logga in.'
        : 'Personen är inaktiverad. Hen kan inte logga in, och historiken finns kvar.',
    };
  } catch (error) {
    return fromError(error);
  }
}
