'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth/guards';
import { setAssignmentMailOptOut } from '@/lib/data/assignment-mail';
import { flag } from '@/lib/validation/form';
import { action } from './action';

/** Every signed-in person decides about mail on their own courses (Mitt konto). */
export const assignmentMailSettingAction = action({
  guard: () => authorize(),
  schema: z.object({ mail: flag }),
  run: async ({ mail }, { viewer }) => {
    await setAssignmentMailOptOut(viewer, !mail);
    return mail;
  },
  revalidate: ['/konto'],
  success: async (wanted) => {
    const t = await getTranslations('account');
    return wanted ? t('mailOn') : t('mailOff');
  },
});
