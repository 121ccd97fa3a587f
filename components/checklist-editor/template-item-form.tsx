'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { removeTemplateItemAction, saveTemplateItemAction } from '@/lib/actions/checklist-templates';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { TemplateItem } from '@/lib/validation/checklist';

type Props = {
  templateId: string;
  version: number;
  sectionKey: string;
  sections: { key: string; title: string }[];
  courses: { slug: string; title: string }[];
  /** null for a new item. */
  item: TemplateItem | null;
};

/** One item of a template: wording, example, linked courses and section. Its key never changes. */
export function TemplateItemForm({ templateId, version, sectionKey, sections, courses, item }: Props) {
  const [state, action, pending] = useActionState(saveTemplateItemAction, idle);
  const t = useTranslations('editorTemplates');
  // The template's texts are Swedish (its English version is kept apart), whatever the page's language.
  const sv = passageLang(useLocale() as Locale);
  const p = item ? item.key : `ny-${sectionKey}`;
  const v = state.values;
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  const linked = v ? (v.linkedCourses ?? '').split(',') : (item?.linkedCourses ?? []);
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <form key={state.nonce ?? 'first'} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="templateId" value={templateId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="originalKey" value={item?.key ?? ''} />
        {item ? (
          <p className="text-sm text-slate-700">
            {t.rich('item.keyFixed', { key: item.key, code: (chunks) => <code>{chunks}</code> })}
            <input type="hidden" name="key" value={item.key} />
          </p>
        ) : (
          <Field
            id={`${p}-key`}
            name="key"
            label={t('item.key')}
            hint={t('item.keyHint')}
            defaultValue={v?.key}
            error={err('key')}
          />
        )}
        <div>
          <label htmlFor={`${p}-section`} className="mb-1 block font-medium">
            {t('item.section')}
          </label>
          <select
            id={`${p}-section`}
            name="sectionKey"
            defaultValue={v?.sectionKey ?? sectionKey}
            className="w-full rounded border border-slate-400 px-3 py-2"
          >
            {sections.map((s) => (
              <option key={s.key} value={s.key} lang={sv}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <Field
          id={`${p}-title`}
          name="title"
          label={t('item.title')}
          defaultValue={v?.title ?? item?.title}
          error={err('title')}
        />
        <TextAreaField
          id={`${p}-explanation`}
          name="explanation"
          label={t('item.explanation')}
          hint={t('item.explanationHint')}
          defaultValue={v?.explanation ?? item?.explanation}
          lang={sv}
          error={err('explanation')}
        />
        <TextAreaField
          id={`${p}-example`}
          name="example"
          label={t('item.example')}
          defaultValue={v?.example ?? item?.example}
          lang={sv}
          error={err('example')}
        />
        <fieldset>
          <legend className="mb-1 font-medium">{t('item.courses')}</legend>
          <p className="mb-1 text-sm text-slate-600">{t('item.coursesHint')}</p>
          <div className="grid gap-1 sm:grid-cols-2">
            {courses.map((c) => (
              <label key={c.slug} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="linkedCourses"
                  value={c.slug}
                  defaultChecked={linked.includes(c.slug)}
                  className="mt-1"
                />
                {/* The course's own (Swedish) title. */}
                <span lang={sv}>{c.title}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field id={`${p}-note`} name="note" label={t('note')} defaultValue={v?.note} error={err('note')} />
        <button type="submit" className="btn-primary" disabled={pending}>
          {item ? t('item.save') : t('item.add')}
        </button>
      </form>
    </div>
  );
}

export function RemoveTemplateItemForm({
  templateId,
  version,
  itemKey,
}: {
  templateId: string;
  version: number;
  itemKey: string;
}) {
  const [state, action, pending] = useActionState(removeTemplateItemAction, idle);
  const t = useTranslations('editorTemplates.item');
  return (
    <form action={action} className="mt-4 space-y-2 border-t border-slate-200 pt-3">
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="key" value={itemKey} />
      <p className="text-sm text-slate-700">{t('removeHint')}</p>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t('remove')}
      </button>
    </form>
  );
}
