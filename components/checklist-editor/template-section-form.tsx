'use client';

import { useActionState } from 'react';
import { saveTemplateSectionAction } from '@/lib/actions/checklist-templates';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import type { TemplateSection } from '@/lib/validation/checklist';

export function TemplateSectionForm({
  templateId,
  version,
  section,
}: {
  templateId: string;
  version: number;
  section: TemplateSection;
}) {
  const [state, action, pending] = useActionState(saveTemplateSectionAction, idle);
  const v = state.values;
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  const p = `avsnitt-${section.key}`;
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <form key={state.nonce ?? 'first'} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="templateId" value={templateId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="originalKey" value={section.key} />
        <input type="hidden" name="key" value={section.key} />
        <Field
          id={`${p}-title`}
          name="title"
          label="Avsnittets rubrik"
          defaultValue={v?.title ?? section.title}
          error={err('title')}
        />
        <TextAreaField
          id={`${p}-commitment`}
          name="commitment"
          label="Åtagandet med egna ord"
          defaultValue={v?.commitment ?? section.commitment}
          error={err('commitment')}
        />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="optional" defaultChecked={v ? v.optional === 'on' : section.optional} />
          Frivilligt avsnitt (räknas inte in i artikelns totala framsteg)
        </label>
        <Field
          id={`${p}-note`}
          name="note"
          label="Anteckning om ändringen (frivillig)"
          defaultValue={v?.note}
          error={err('note')}
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          Spara avsnittet
        </button>
      </form>
    </div>
  );
}
