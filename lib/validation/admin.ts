import { z } from './zod';
import { stockholmDay } from '@/lib/dates';
import { emailSchema } from './auth';
import { oneLine, flag } from './form';

// Forms and filters of /admin. Messages are the Swedish text shown beside the field.
export const roleValues = ['EMPLOYEE', 'MANAGER', 'STRATEGIST', 'ADMIN'] as const;
export const audienceValues = ['POLITICIAN', 'MANAGER', 'STRATEGIST', 'EMPLOYEE'] as const;
export const genderValues = ['KVINNA', 'MAN', 'ANNAT', 'VILL_INTE_ANGE'] as const;

export const idSchema = z
  .string({ error: 'Uppgiften saknar id.' })
  .trim()
  .min(1, 'Uppgiften saknar id.')
  .max(64, 'Ogiltigt id.');
/** An empty select ("no unit", "no answer") means null. */
const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

const nameSchema = oneLine({ max: 200, required: 'Skriv ett namn.', tooLong: 'Namnet får vara högst 200 tecken.' });

export const EMPLOYEE_NUMBER_MESSAGE =
  'Anställningsnumret får bara innehålla bokstäver a–z, siffror, punkt, bindestreck och understreck (högst 40 tecken).';
/** The HR system's number for a person, as the HR file has it. */
export const employeeNumberSchema = z
  .string({ error: EMPLOYEE_NUMBER_MESSAGE })
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, EMPLOYEE_NUMBER_MESSAGE);

export const personSchema = z
  .object({
    name: nameSchema,
    // Staff without an address (common in care) have no account: they take part through group sessions.
    email: z.preprocess(emptyToNull, emailSchema.nullable()),
    employeeNumber: z.preprocess(emptyToNull, employeeNumberSchema.nullable()),
    role: z.enum(roleValues, { error: 'Välj en behörighet.' }),
    audience: z.enum(audienceValues, { error: 'Välj en målgrupp.' }),
    unitId: z.preprocess(emptyToNull, idSchema.nullable()),
    gender: z.preprocess(emptyToNull, z.enum(genderValues, { error: 'Välj ett av alternativen.' }).nullable()),
  })
  .superRefine((p, ctx) => {
    if (!p.email && !p.employeeNumber) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Skriv en e-postadress eller ett anställningsnummer.' });
    } else if (!p.email && p.role !== 'EMPLOYEE') {
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'En chef, strateg eller administratör loggar in och behöver en e-postadress.',
      });
    }
  });
export type PersonInput = z.infer<typeof personSchema>;

// "/" separates the levels of a unit path in import files, so it cannot be part of a name.
const unitName = oneLine({
  max: 120,
  required: 'Skriv enhetens namn.',
  tooLong: 'Namnet får vara högst 120 tecken.',
}).refine((v) => !v.includes('/'), 'Namnet får inte innehålla snedstreck (/), som skiljer nivåerna åt i importfiler.');

export const unitCreateSchema = z.object({ name: unitName, parentId: z.preprocess(emptyToNull, idSchema.nullable()) });
export const unitRenameSchema = z.object({ id: idSchema, name: unitName });
export const unitMoveSchema = z.object({ id: idSchema, parentId: z.preprocess(emptyToNull, idSchema.nullable()) });
export const unitManagerSchema = z.object({ unitId: idSchema, email: z.preprocess((v) => v ?? '', emailSchema) });
export const unitManagerRemoveSchema = z.object({ unitId: idSchema, userId: idSchema });

export const settingsSchema = z.object({
  name: oneLine({
    max: 120,
    min: 2,
    required: 'Skriv organisationens namn.',
    tooLong: 'Namnet får vara högst 120 tecken.',
  }),
  kind: z.enum(['KOMMUN', 'REGION'], { error: 'Välj kommun eller region.' }),
  cemrSignedAt: z.preprocess(
    emptyToNull,
    z.iso
      .date({ error: 'Skriv datumet som ÅÅÅÅ-MM-DD.' })
      .refine((d) => d <= stockholmDay(new Date()), 'Datumet kan inte ligga i framtiden.')
      .refine((d) => d >= '2006-01-01', 'CEMR-deklarationen antogs 2006. Kontrollera datumet.')
      .nullable(),
  ),
  shareStatistics: flag,
  shareName: flag,
  examplesPublic: flag,
});
export type SettingsInput = z.infer<typeof settingsSchema>;

// Filters come from the address bar: anything odd falls back to "no filter" instead of failing.
const optionalFilter = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const page = z.coerce.number().int().min(1).max(100_000).catch(1);

export const peopleFilterSchema = z.object({
  q: optionalFilter(z.string().trim().max(100)),
  enhet: optionalFilter(idSchema),
  roll: optionalFilter(z.enum(roleValues)),
  malgrupp: optionalFilter(z.enum(audienceValues)),
  status: z.enum(['aktiva', 'inaktiva', 'alla']).catch('aktiva'),
  sida: page,
});
export type PeopleFilter = z.infer<typeof peopleFilterSchema>;

export const auditFilterSchema = z.object({
  handling: optionalFilter(z.string().trim().max(60)),
  typ: optionalFilter(z.string().trim().max(60)),
  vem: optionalFilter(z.string().trim().max(254)),
  fran: optionalFilter(z.iso.date()),
  till: optionalFilter(z.iso.date()),
  sida: page,
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Reads Next's searchParams (values may be arrays) into a plain object for the schemas above. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== '') out[key] = first;
  }
  return out;
}
