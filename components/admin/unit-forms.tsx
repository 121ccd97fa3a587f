'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { idle, type ActionState } from '@/lib/actions/state';
import {
  addUnitManagerAction,
  createUnitAction,
  moveUnitAction,
  removeUnitManagerAction,
  renameUnitAction,
} from '@/lib/actions/admin-units';

type Option = { value: string; label: string };

function Message({ state }: { state: ActionState }) {
  return state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null;
}

export function CreateUnitForm({ parents }: { parents: Option[] }) {
  const [state, action, pending] = useActionState(createUnitAction, idle);
  const t = useTranslations('adminPeople.unitForms');
  return (
    <form
      action={action}
      noValidate
      className="max-w-xl space-y-4"
      key={state.status === 'success' ? 'saved' : JSON.stringify(state.values ?? null)}
    >
      <Message state={state} />
      <Field
        label={t('name')}
        name="name"
        id="new-unit-name"
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name?.[0]}
      />
      <SelectField
        label={t('parent')}
        name="parentId"
        id="new-unit-parent"
        options={parents}
        emptyLabel={t('noParent')}
        defaultValue={state.values?.parentId}
        error={state.fieldErrors?.parentId?.[0]}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('create')}
      </button>
    </form>
  );
}

export function RenameUnitForm({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(renameUnitAction, idle);
  const t = useTranslations('adminPeople.unitForms');
  return (
    <form action={action} noValidate className="space-y-4" key={JSON.stringify(state.values ?? null)}>
      <Message state={state} />
      <input type="hidden" name="id" value={id} />
      <Field
        label={t('name')}
        name="name"
        id="rename-name"
        defaultValue={state.values?.name ?? name}
        error={state.fieldErrors?.name?.[0]}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('saveName')}
      </button>
    </form>
  );
}

/** `parents` leaves out the unit itself and its subtree; the server refuses such a move anyway. */
export function MoveUnitForm({ id, parentId, parents }: { id: string; parentId: string | null; parents: Option[] }) {
  const [state, action, pending] = useActionState(moveUnitAction, idle);
  const t = useTranslations('adminPeople.unitForms');
  return (
    <form action={action} noValidate className="space-y-4" key={JSON.stringify(state.values ?? null)}>
      <Message state={state} />
      <input type="hidden" name="id" value={id} />
      <SelectField
        label={t('moveTo')}
        name="parentId"
        id="move-parent"
        options={parents}
        emptyLabel={t('moveTop')}
        defaultValue={state.values?.parentId ?? parentId ?? ''}
        hint={t('moveHint')}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('moveSubmit')}
      </button>
    </form>
  );
}

export function AddManagerForm({ unitId }: { unitId: string }) {
  const [state, action, pending] = useActionState(addUnitManagerAction, idle);
  const t = useTranslations('adminPeople.unitForms');
  return (
    <form
      action={action}
      noValidate
      className="space-y-4"
      key={state.status === 'success' ? 'saved' : JSON.stringify(state.values ?? null)}
    >
      <Message state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <Field
        label={t('managerEmail')}
        name="email"
        id="manager-email"
        type="email"
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email?.[0]}
        hint={t('managerHint')}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('addManager')}
      </button>
    </form>
  );
}

export function RemoveManagerForm({ unitId, userId, name }: { unitId: string; userId: string; name: string }) {
  const [state, action, pending] = useActionState(removeUnitManagerAction, idle);
  const t = useTranslations('adminPeople.unitForms');
  return (
    <form action={action} className="inline">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="text-sm text-red-800 underline" disabled={pending}>
        {t('removeManager', { name })}
      </button>
      {state.status === 'error' ? (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
