'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth/guards';
import { assignItems } from '@/lib/data/assign';
import { changeAssignmentDue, withdrawAssignment } from '@/lib/data/assignment-changes';
import { describeReminders, optOutOfDigest, sendManualReminders, setDigestOptOut } from '@/lib/data/reminders';
import { invalid } from '@/lib/errors';
import { readerLocale } from '@/lib/i18n/messages';
import { verifyUnsubscribeToken } from '@/lib/mail/unsubscribe';
import { assignSchema, changeDueSchema, reminderSchema, withdrawSchema } from '@/lib/validation/assignments';
import { flag } from '@/lib/validation/form';
import { action, anyone } from './action';
import { deliverLater } from './deliver-later';

export const assignAction = action({
  guard: () => authorize('team:assign'),
  schema: assignSchema,
  arrays: ['userIds'],
  invalid: 'Inget har tilldelats. Rätta de markerade fälten.',
  run: async (data, { viewer }) => {
    const result = await assignItems(viewer, data, new Date(), await readerLocale());
    deliverLater(result.mailIds, 'tilldelning');
    return result;
  },
  revalidate: [['/chef', 'layout']],
  success: (result) => result.message,
});

export const withdrawAssignmentAction = action({
  guard: () => authorize('team:assign'),
  schema: withdrawSchema,
  invalid: 'Kursen är inte återkallad. Rätta det markerade fältet.',
  run: async (data, { viewer }) => {
    const result = await withdrawAssignment(viewer, data, new Date(), await readerLocale());
    deliverLater(result.mailIds, 'återkallad tilldelning');
    return result;
  },
  revalidate: [['/chef', 'layout'], '/min-sida'],
  success: (result) => result.message,
});

export const changeDueAction = action({
  guard: () => authorize('team:assign'),
  schema: changeDueSchema,
  invalid: 'Slutdatumet är inte ändrat. Rätta det markerade fältet.',
  fieldFor: { VALIDATION: 'dueDate' },
  run: async (data, { viewer }) => {
    const result = await changeAssignmentDue(viewer, data, new Date(), await readerLocale());
    deliverLater(result.mailIds, 'ändrat slutdatum');
    return result;
  },
  revalidate: [['/chef', 'layout'], '/min-sida'],
  success: (result) => result.message,
});

export const remindAction = action({
  guard: () => authorize('team:assign'),
  schema: reminderSchema,
  arrays: ['userIds'],
  invalid: (error) => error.issues[0]?.message,
  run: async (data, { viewer }) => {
    const result = await sendManualReminders(viewer, data.userIds);
    deliverLater(result.mailIds, 'påminnelse');
    return result;
  },
  success: async (result) => describeReminders(result, await readerLocale()),
});

export const digestSettingAction = action({
  guard: () => authorize('team:view'),
  schema: z.object({ digest: flag }),
  run: async ({ digest }, { viewer }) => {
    await setDigestOptOut(viewer, !digest);
    return digest;
  },
  revalidate: ['/chef'],
  success: async (wanted) => (await getTranslations('team'))(wanted ? 'digestOn' : 'digestOff'),
});

/** From the link in the digest: no sign-in, but the signed token must match the person. */
export const unsubscribeAction = action({
  guard: anyone,
  schema: z.object({ person: z.string().max(64).default(''), token: z.string().max(200).default('') }),
  run: async ({ person, token }) => {
    if (!person || !token || !verifyUnsubscribeToken(person, token) || !(await optOutOfDigest(person)))
      throw invalid(
        'Länken fungerar inte. Kontrollera att du använde hela länken i e-posten, eller stäng av sammanfattningen under Mitt team.',
      );
  },
  success: 'Klart. Du får inte längre veckosammanfattningen. Du kan slå på den igen under Mitt team.',
});
