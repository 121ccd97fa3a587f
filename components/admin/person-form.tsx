'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { idle, type ActionState } from '@/lib/actions/state';
import { audienceOptions, genderOptions, roleOptions } from '@/lib/labels';

type Person = {
  id: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  role: string;
  audience: string;
  unitId: string | null;
  gender: string | null;
  version: string;
};
type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  person?: Person;
  units: { value: string; label: string }[];
  submitLabel: string;
};

/** Create or edit a person. Works without JavaScript; a refused form keeps what was typed. */
export function PersonForm({ action, person, units, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const value = (name: keyof Person) => state.values?.[name] ?? person?.[name] ?? '';
  const error = (name: string) => state.fieldErrors?.[name]?.[0];
  const t = useTranslations('adminPeople.form');
  const labels = useTranslations('labels');
  const roles = roleOptions.map((o) => ({ value: o.value, label: labels(`role.${o.value}`) }));
  const audiences = audienceOptions.map((o) => ({ value: o.value, label: labels(`audience.${o.value}`) }));
  const genders = genderOptions.map((o) => ({ value: o.value, label: labels(`gender.${o.value}`) }));
  return (
    // The key remounts the fields after a refusal, so they show what was sent rather than the old values.
    <form action={formAction} noValidate className="max-w-xl space-y-5" key={JSON.stringify(state.values ?? null)}>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      {person ? (
        <>
          <input type="hidden" name="id" value={person.id} />
          <input type="hidden" name="version" value={person.version} />
        </>
      ) : null}
      <Field
        label={t('name')}
        name="name"
        defaultValue={value('name')}
        error={error('name')}
        autoComplete="off"
        required
      />
      <Field
        label={t('email')}
        name="email"
        type="email"
        defaultValue={value('email')}
        error={error('email')}
        autoComplete="off"
        hint={t('emailHint')}
      />
      <Field
        label={t('employeeNumber')}
        name="employeeNumber"
        defaultValue={value('employeeNumber')}
        error={error('employeeNumber')}
        autoComplete="off"
        hint={t('employeeNumberHint')}
      />
      <SelectField
        label={t('role')}
        name="role"
        options={roles}
        defaultValue={value('role') || 'EMPLOYEE'}
        error={error('role')}
        hint={t('roleHint')}
      />
      <SelectField
        label={t('audience')}
        name="audience"
        options={audiences}
        defaultValue={value('audience') || 'EMPLOYEE'}
        error={error('audience')}
        hint={t('audienceHint')}
      />
      <SelectField
        label={t('unit')}
        name="unitId"
        options={units}
        emptyLabel={t('noUnit')}
        defaultValue={value('unitId')}
        error={error('unitId')}
      />
      <SelectField
        label={t('gender')}
        name="gender"
        options={genders}
        emptyLabel={t('noGender')}
        defaultValue={value('gender')}
        error={error('gender')}
        hint={t('genderHint')}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : submitLabel}
      </button>
    </form>
  );
}
