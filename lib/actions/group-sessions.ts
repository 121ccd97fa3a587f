'use server';

import { getTranslations } from 'next-intl/server';
import { authorize } from '@/lib/auth/guards';
import { recordAttendance } from '@/lib/data/group-session-attendance';
import { cancelSession } from '@/lib/data/group-session-cancel';
import { planSession, rescheduleSession } from '@/lib/data/group-sessions';
import { attendanceSchema, cancelSchema, rescheduleSchema, sessionSchema } from '@/lib/validation/group-sessions';
import { action } from './action';
import { deliverLater } from './deliver-later';

export const planSessionAction = action({
  guard: () => authorize('sessions:plan-units'),
  schema: sessionSchema,
  arrays: ['unitIds', 'lessonIds', 'guideSlugs', 'exampleIds'],
  invalid: 'Träffen är inte sparad. Rätta de markerade fälten.',
  run: async (data, { viewer }) => {
    const result = await planSession(viewer, data);
    deliverLater(result.mailIds, 'inbjudan till gruppträff');
    return result;
  },
  revalidate: ['/chef/traffar'],
  redirect: (result) => `/chef/traffar/${result.id}?planerad=${result.invited}-${result.mailed}`,
});

export const attendanceAction = action({
  guard: () => authorize('sessions:plan-units'),
  schema: attendanceSchema,
  arrays: ['present'],
  invalid: (error) => error.issues[0]?.message,
  run: (data, { viewer }) => recordAttendance(viewer, data),
  revalidate: [['/chef', 'layout'], '/statistik', '/min-sida'],
  success: async (r) =>
    (await getTranslations('sessions'))(r.added || r.removed ? 'attendanceSavedChanged' : 'attendanceSaved', {
      present: r.present,
      added: r.added,
      removed: r.removed,
    }),
});

export const rescheduleAction = action({
  guard: () => authorize('sessions:plan-units'),
  schema: rescheduleSchema,
  invalid: 'Träffen är inte ändrad. Rätta de markerade fälten.',
  run: async (data, { viewer }) => {
    const result = await rescheduleSession(viewer, data);
    deliverLater(result.mailIds, 'ändrad gruppträff');
    return result;
  },
  revalidate: ['/chef/traffar'],
  success: async (r) => (await getTranslations('sessions'))('rescheduled', { mailed: r.mailed }),
});

export const cancelSessionAction = action({
  guard: () => authorize('sessions:plan-units'),
  schema: cancelSchema,
  invalid: 'Träffen är inte inställd. Rätta det markerade fältet.',
  run: async (data, { viewer }) => {
    const result = await cancelSession(viewer, data);
    deliverLater(result.mailIds, 'inställd gruppträff');
    return result;
  },
  revalidate: ['/chef/traffar'],
  // The session's own page is gone once it is cancelled: the list says what happened.
  redirect: (result) => `/chef/traffar?installd=${result.mailed}`,
});
