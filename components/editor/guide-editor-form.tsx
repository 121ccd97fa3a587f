'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { saveGuideAction, type GuideValues } from '@/lib/actions/guides';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { audienceKeyOptions, topicOptions } from '@/lib/labels';
import type { GuideFormValues } from '@/lib/validation/guide';
import { Field, TextAreaField } from '@/components/ui/field';
import { CheckboxGroup } from './checkbox-group';
import { ConflictPanel } from './conflict-panel';
import { MarkdownEditor } from './markdown-editor';
import { MatchesBox, useMatchesBox } from './matches-box';
import { SourcesFieldset } from './sources-fieldset';
import { TextareaField } from './textarea-field';

type Props = {
  pageId?: string;
  version: number;
  initialValues: GuideFormValues;
  guideOptions: { slug: string; title: string }[];
  /** The English version's state as the page was loaded (a new page has none). */
  english?: 'none' | 'current' | 'outdated';
};

const swedishFields = new Set(['title', 'summary', 'body']);

/**
 * The guidance editor. A save sends the page version the form was loaded with; when someone else
 * saved in between, the server refuses and sends the editor's own values back, and the form
 * (keyed on the answer's nonce) shows them again: nothing typed is lost.
 */
export function GuideEditorForm({ pageId, version, initialValues, guideOptions, english = 'none' }: Props) {
  const t = useTranslations('editorGuides.form');
  const labels = useTranslations('labels');
  const locale = useLocale() as Locale;
  // The label tables' order, in the reader's language.
  const topics = topicOptions.map(({ value }) => ({ value, label: labels(`topic.${value}`) }));
  const audiences = audienceKeyOptions.map(({ value }) => ({ value, label: labels(`audienceKey.${value}`) }));
  const [state, formAction, pending] = useActionState(saveGuideAction, {
    status: 'idle',
    values: { ...initialValues, version: String(version) },
  });
  const values: GuideValues = state.values ?? initialValues;
  const error = (field: string) => state.fieldErrors?.[field]?.[0];
  // A change to the Swedish texts means the English may no longer say the same: the box is unticked.
  const matches = useMatchesBox(swedishFields);
  const englishErrors = ['enTitle', 'enSummary', 'enBody'].some((field) => error(field));
  const related = guideOptions
    .filter((g) => g.slug !== initialValues.slug)
    .map((g) => ({ value: g.slug, label: g.title }));
  return (
    <form action={formAction} key={state.nonce ?? 0} noValidate onInput={matches.onInput} className="space-y-6">
      {state.message ? (
        <StatusMessage tone={state.status === 'error' ? 'error' : 'success'} message={state.message} />
      ) : null}
      {state.data?.conflict && pageId ? <ConflictPanel conflict={state.data.conflict} pageId={pageId} /> : null}
      <input type="hidden" name="pageId" value={pageId ?? ''} />
      <input type="hidden" name="version" value={values.version ?? version} />

      <div className="grid gap-4 md:grid-cols-2">
        <Field
          label={t('title')}
          name="title"
          id="guide-title"
          defaultValue={values.title}
          error={error('title')}
          required
        />
        <Field
          label={t('slug')}
          name="slug"
          id="guide-slug"
          defaultValue={values.slug}
          error={error('slug')}
          hint={t('slugHint')}
          required
        />
      </div>
      <TextareaField
        label={t('summary')}
        name="summary"
        rows={3}
        defaultValue={values.summary}
        error={error('summary')}
        hint={t('summaryHint')}
      />
      <MarkdownEditor id="guide-body" name="body" defaultValue={values.body} error={error('body')} />

      <div className="grid gap-4 md:grid-cols-2">
        <CheckboxGroup
          legend={t('topics')}
          name="topics"
          options={topics}
          defaultChecked={values.topics}
          error={error('topics')}
        />
        <CheckboxGroup
          legend={t('audiences')}
          name="audiences"
          options={audiences}
          defaultChecked={values.audiences}
          error={error('audiences')}
        />
      </div>

      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 md:grid-cols-2">
        <legend className="px-1 font-medium">{t('skrLegend')}</legend>
        <div>
          <label htmlFor="guide-skrStep" className="mb-1 block font-medium">
            {t('step')}
          </label>
          <select
            id="guide-skrStep"
            name="skrStep"
            defaultValue={values.skrStep}
            className="w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t('noStep')}</option>
            {Array.from({ length: 10 }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {t('stepNumber', { number: i + 1 })}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('edition')}
          name="skrEdition"
          id="guide-skrEdition"
          defaultValue={values.skrEdition}
          error={error('skrEdition')}
          hint={t('editionHint')}
        />
      </fieldset>

      <SourcesFieldset defaultValue={values.sources} error={error('sources')} />
      <CheckboxGroup
        legend={t('related')}
        name="related"
        options={related}
        optionLang={passageLang(locale)}
        defaultChecked={values.related}
        hint={t('relatedHint')}
      />
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          {english === 'current'
            ? t('englishCurrent')
            : english === 'outdated'
              ? t('englishOutdated')
              : t('englishNone')}
        </p>
        <details
          id="guide-english"
          open={englishErrors || undefined}
          className="rounded border border-slate-300 bg-slate-50 p-4"
        >
          <summary className="cursor-pointer font-medium text-brand-700 underline">{t('english')}</summary>
          <div className="mt-3 space-y-4">
            <p className="text-sm text-slate-700">{t('englishHint')}</p>
            <Field
              label={t('enTitle')}
              name="enTitle"
              id="guide-enTitle"
              lang="en"
              defaultValue={values.enTitle}
              error={error('enTitle')}
            />
            <TextAreaField
              label={t('enSummary')}
              name="enSummary"
              id="guide-enSummary"
              lang="en"
              rows={3}
              defaultValue={values.enSummary}
              error={error('enSummary')}
            />
            <TextAreaField
              label={t('enBody')}
              name="enBody"
              id="guide-enBody"
              lang="en"
              rows={14}
              defaultValue={values.enBody}
              error={error('enBody')}
            />
            <MatchesBox box={matches.box} label={t('enUpToDate')} defaultChecked={values.enUpToDate === 'on'} />
          </div>
        </details>
      </div>
      <TextareaField
        label={t('note')}
        name="note"
        rows={2}
        defaultValue={values.note}
        error={error('note')}
        hint={t('noteHint')}
      />

      <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-slate-200 bg-white py-4">
        <button type="submit" name="intent" value="save" disabled={pending} className="btn-secondary">
          {pending ? t('saving') : t('saveDraft')}
        </button>
        <button type="submit" name="intent" value="publish" disabled={pending} className="btn-primary">
          {t('saveAndPublish')}
        </button>
      </div>
    </form>
  );
}

/** The answer to a save. It takes focus, so it is both seen and read out after the page updates. */
function StatusMessage({ tone, message }: { tone: 'error' | 'success'; message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const colours =
    tone === 'error' ? 'border-red-700 bg-red-50 text-red-900' : 'border-green-700 bg-green-50 text-green-900';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded border-l-4 p-4 ${colours}`}
    >
      {message}
    </div>
  );
}
