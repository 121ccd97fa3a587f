'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveTemplateSectionAction } from '@/lib/actions/checklist-templates';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
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
  const t = useTranslations('editorTemplates');
  const locale = useLocale() as Locale;
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
          label={t('section.title')}
          defaultValue={v?.title ?? section.title}
          error={err('title')}
        />
        <TextAreaField
          id={`${p}-commitment`}
          name="commitment"
          label={t('section.commitment')}
          defaultValue={v?.commitment ?? section.commitment}
          lang={passageLang(locale)}
          error={err('commitment')}
        />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="optional" defaultChecked={v ? v.optional === 'on' : section.optional} />
          {t('section.optional')}
        </label>
        <Field id={`${p}-note`} name="note" label={t('note')} defaultValue={v?.note} error={err('note')} />
        <button type="submit" className="btn-primary" disabled={pending}>
          {t('section.save')}
        </button>
      </form>
    </div>
  );
}
