import { z } from 'zod';
import type { FieldErrors } from '@/lib/actions/state';
import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { inLanguage } from '@/lib/i18n/messages';

// The plan form's refusals by field, where a goal's or an activity's refusal names its row in the
// reader's language ("Mål 2: …", "Goal 2: …"). The schema gives the row as the issue's path.

const rowName = { goals: 'plans.goalN', activities: 'plans.activityN' } as const;

export function planFieldErrors(error: z.ZodError, locale: Locale = defaultLocale): FieldErrors {
  const t = translator(locale);
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const [field, row] = issue.path;
    if (typeof field !== 'string') continue;
    const message = inLanguage(issue.message, locale);
    const named =
      (field === 'goals' || field === 'activities') && typeof row === 'number'
        ? `${t(rowName[field], { n: row + 1 })}: ${message}`
        : message;
    (errors[field] ??= []).push(named);
  }
  return errors;
}
