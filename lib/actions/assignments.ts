'use server';

import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { authorize } from '@/lib/auth/guards';
import { assignItems } from '@/lib/data/assign';
import { deliverOutbox } from '@/lib/data/outbox';
import { describeReminders, optOutOfDigest, sendManualReminders, setDigestOptOut } from '@/lib/data/reminders';
import { verifyUnsubscribeToken } from '@/lib/mail/unsubscribe';
import { assignSchema, formToObject, reminderSchema } from '@/lib/validation/assignments';
import { fromError, fromZodError, type ActionState } from './state';

/** Mail is already in the outbox; deliver it after the response so a large group does not wait. */
function deliverLater(ids: string[]) {
  if (ids.length === 0) return;
  after(() =>
    deliverOutbox({ ids }).catch((error: unknown) =>
      console.error('[e-post] leverans efter tilldelning misslyckades', error),
    ),
  );
}

export async function assignAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const viewer = await authorize('team:assign');
    const parsed = assignSchema.safeParse(formToObject(form));
    if (!parsed.success) return fromZodError(parsed.error, 'Inget har tilldelats. Rätta de markerade fälten.');
    const result = await assignItems(viewer, parsed.data);
    deliverLater(result.mailIds);
    revalidatePath('/chef', 'layout');
    return { status: 'success', message: result.message };
  } catch (error) {
    return fromError(error);
  }
}

export async function remindAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const viewer = await authorize('team:assign');
    const parsed = reminderSchema.safeParse({ userIds: form.getAll('userIds') });
    if (!parsed.success) return fromZodError(parsed.error, parsed.error.issues[0]?.message);
    const result = await sendManualReminders(viewer, parsed.data.userIds);
    deliverLater(result.mailIds);
    return { status: 'success', message: describeReminders(result) };
  } catch (error) {
    return fromError(error);
  }
}

export async function digestSettingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const viewer = await authorize('team:view');
    const wanted = form.get('digest') === 'on';
    await setDigestOptOut(viewer, !wanted);
    revalidatePath('/chef');
    return {
      status: 'success',
      message: wanted ? 'Du får veckosammanfattningen.' : 'Du får inte längre veckosammanfattningen.',
    };
  } catch (error) {
    return fromError(error);
  }
}

/** From the link in the digest: no sign-in, but the signed token must match the person. */
export async function unsubscribeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const person = String(form.get('person') ?? '');
    const token = String(form.get('token') ?? '');
    if (!person || !token || !verifyUnsubscribeToken(person, token) || !(await optOutOfDigest(person))) {
      return {
        status: 'error',
        message:
          'Länken fungerar inte. Kontrollera att du använde hela länken i e-posten, eller stäng av sammanfattningen under Mitt team.',
      };
    }
    return {
      status: 'success',
      message: 'Klart. Du får inte längre veckosammanfattningen. Du kan slå på den igen under Mitt team.',
    };
  } catch (error) {
    return fromError(error);
  }
}
