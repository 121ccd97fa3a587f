'use client';

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
      <Field label="Namn" name="name" defaultValue={value('name')} error={error('name')} autoComplete="off" required />
      <Field
        label="E-postadress"
        name="email"
        type="email"
        defaultValue={value('email')}
        error={error('email')}
        autoComplete="off"
        hint="Personen loggar in med adressen. Den kan bara finnas på ett konto i portalen. Lämna tom för den som inte har någon e-post i tjänsten: personen får inget konto men räknas genom gruppträffar."
      />
      <Field
        label="Anställningsnummer"
        name="employeeNumber"
        defaultValue={value('employeeNumber')}
        error={error('employeeNumber')}
        autoComplete="off"
        hint="Som i HR-systemet. HR-importen känner igen personen på det. Krävs om e-postadress saknas."
      />
      <SelectField
        label="Behörighet"
        name="role"
        options={roleOptions}
        defaultValue={value('role') || 'EMPLOYEE'}
        error={error('role')}
        hint="Vad personen får göra i portalen."
      />
      <SelectField
        label="Målgrupp"
        name="audience"
        options={audienceOptions}
        defaultValue={value('audience') || 'EMPLOYEE'}
        error={error('audience')}
        hint="Vilken lärväg som är personens."
      />
      <SelectField
        label="Enhet"
        name="unitId"
        options={units}
        emptyLabel="Ingen enhet (till exempel förtroendevalda)"
        defaultValue={value('unitId')}
        error={error('unitId')}
      />
      <SelectField
        label="Kön"
        name="gender"
        options={genderOptions}
        emptyLabel="Inte angivet"
        defaultValue={value('gender')}
        error={error('gender')}
        hint="Som personen själv har uppgett. Används bara i statistik för grupper om minst fem."
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Sparar …' : submitLabel}
      </button>
    </form>
  );
}
