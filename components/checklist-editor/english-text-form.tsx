'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import {
  removeEnglishAction,
  saveEnglishHeadAction,
  saveEnglishItemAction,
  saveEnglishSectionAction,
} from '@/lib/actions/checklist-template-english';
import { idle } from '@/lib/actions/state';
import type { Block } from '@/lib/checklist/translation-edit';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';

export type EnglishField = {
  name: 'title' | 'summary' | 'intro' | 'commitment' | 'explanation' | 'example';
  /** The English text as stored (also when it is outdated), or '' when there is none. */
  value: string;
  rows?: number;
};

type Ref = { templateId: string; version: number; block: Block };

const saveActions = { head: saveEnglishHeadAction, section: saveEnglishSectionAction, item: saveEnglishItemAction };

/** The id prefix of a block's fields: by kind, so no key (unique within a template) can clash with the head's. */
const prefix = (block: Block) => (block.kind === 'head' ? 'engelska-huvud' : `engelska-${block.kind}-${block.key}`);

function Hidden({ templateId, version, block }: Ref) {
  return (
    <>
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="version" value={version} />
      {block.kind === 'head' ? null : <input type="hidden" name="key" value={block.key} />}
    </>
  );
}

/** The English text of one block (the template's head, a section or an item). */
export function EnglishTextForm({ fields, ...ref }: Ref & { fields: EnglishField[] }) {
  const [state, action, pending] = useActionState(saveActions[ref.block.kind], idle);
  const t = useTranslations('editorTemplates.english');
  const form = useRef<HTMLFormElement>(null);
  // After a refusal, the first field to correct gets focus; its error is read with it.
  useEffect(() => {
    if (state.status === 'error') form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const p = prefix(ref.block);
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  // The fields show the stored English (also after it was removed with the form beside this one),
  // and after a refusal what was typed. The form is drawn anew when either changes; this
  // component, and so its last answer, stays.
  const refused = state.status === 'error';
  const stored = fields.map((f) => f.value).join('\u0000');
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <form key={`${state.nonce ?? 'first'}:${stored}`} ref={form} action={action} className="space-y-4" noValidate>
        <Hidden {...ref} />
        <fieldset className="min-w-0 space-y-4">
          <legend className="mb-2 font-semibold">{t('english')}</legend>
          {fields.map((f) => {
            const props = {
              id: `${p}-${f.name}`,
              name: f.name,
              label: t(`inputs.${f.name}`),
              defaultValue: refused ? (state.values?.[f.name] ?? f.value) : f.value,
              error: err(f.name),
              lang: 'en',
            };
            return f.rows ? (
              <TextAreaField
                key={f.name}
                {...props}
                rows={f.rows}
                hint={f.name === 'intro' ? t('introHint') : undefined}
              />
            ) : (
              <Field key={f.name} {...props} />
            );
          })}
        </fieldset>
        <p className="text-sm text-slate-700">{t('saveHint')}</p>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t('save')}
        </button>
      </form>
    </div>
  );
}

/**
 * Removes a block's English text: readers in English then get the Swedish. It stays on the page
 * when there is nothing left to remove, so its answer ("removed") is still there to read.
 */
export function RemoveEnglishForm({ canRemove, ...ref }: Ref & { canRemove: boolean }) {
  const [state, action, pending] = useActionState(removeEnglishAction, idle);
  const t = useTranslations('editorTemplates.english');
  if (!canRemove && !state.message) return null;
  return (
    <form action={action} className="mt-4 space-y-2 border-t border-slate-200 pt-3">
      <Hidden {...ref} />
      <input type="hidden" name="block" value={ref.block.kind} />
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      {canRemove ? (
        <>
          <p className="text-sm text-slate-700">{t('removeHint')}</p>
          <button type="submit" className="btn-secondary" disabled={pending}>
            {t('remove')}
          </button>
        </>
      ) : null}
    </form>
  );
}
