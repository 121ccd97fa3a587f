'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { planSessionAction } from '@/lib/actions/group-sessions';
import { idle } from '@/lib/actions/state';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { meetingKindOptions } from '@/lib/labels';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { describedBy, FieldError } from '@/components/team/form-bits';
import { keepValuesOnSubmit, sentDefaults } from '@/components/team/keep-values';
import { CheckboxList } from '@/components/ui/checkbox-list';

type Props = {
  units: { id: string; name: string; depth: number }[];
  /** Titles in the manager's language where they have one; `lang` is the language of each. */
  courses: {
    id: string;
    title: string;
    lang?: Locale;
    lessons: { id: string; title: string; position: number; lang?: Locale }[];
  }[];
  guides: { slug: string; title: string }[];
  examples: { id: string; title: string }[];
  today: string;
};

const box = 'space-y-2 rounded-lg border border-slate-300 p-4';

/** Plans a group session: who, when, where and what. Works without JavaScript too. */
export function SessionForm({ units, courses, guides, examples, today }: Props) {
  const [state, action, pending] = useActionState(planSessionAction, idle);
  const t = useTranslations('sessions');
  const locale = useLocale() as Locale;
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  const minDepth = Math.min(...units.map((u) => u.depth));
  // Without JavaScript the page is drawn again after a refusal: what was sent comes back as defaults.
  const sent = state.values;
  const { value, ticked } = sentDefaults(sent);
  return (
    <form
      key={JSON.stringify(sent ?? null)}
      action={action}
      onSubmit={keepValuesOnSubmit(action)}
      className="max-w-3xl space-y-6"
      noValidate
    >
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <SelectField
        label={t('kindLabel')}
        name="kind"
        options={meetingKindOptions.map((o) => ({ value: o.value, label: t(`kind.${o.value}`) }))}
        defaultValue={value('kind', 'APT')}
        error={err('kind')}
      />
      <fieldset className={box} aria-describedby={describedBy(err('unitIds') && 'unitIds-error')}>
        <legend className="px-1 font-semibold">{t('unitsLegend')}</legend>
        <p className="text-sm text-slate-700">{t('unitsHint')}</p>
        <CheckboxList
          name="unitIds"
          idPrefix="unit"
          className="max-h-72 space-y-1 overflow-y-auto"
          items={units.map((u) => ({ value: u.id, label: u.name, indent: u.depth - minDepth }))}
          checked={(id) => ticked('unitIds', id)}
        />
        <FieldError id="unitIds-error" error={err('unitIds')} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label={t('date')}
          name="date"
          type="date"
          hint={t('dateHint', { example: today })}
          defaultValue={value('date')}
          error={err('date')}
          required
        />
        <Field
          label={t('time')}
          name="time"
          type="time"
          hint={t('timeHint')}
          defaultValue={value('time')}
          error={err('time')}
          required
        />
        <Field
          label={t('minutes')}
          name="minutes"
          type="number"
          defaultValue={value('minutes', '60')}
          error={err('minutes')}
          required
        />
      </div>
      <div className={box}>
        <Field
          label={t('place')}
          name="place"
          hint={t('placeHint')}
          defaultValue={value('place')}
          error={err('place')}
        />
        <div className="flex items-center gap-2">
          <input
            type="checkbox"
            id="digital"
            name="digital"
            defaultChecked={value('digital') === 'on'}
            className="size-4"
          />
          <label htmlFor="digital">{t('isDigital')}</label>
        </div>
      </div>
      <fieldset className={box}>
        <legend className="px-1 font-semibold">{t('whatLegend')}</legend>
        <SelectField
          label={t('course')}
          name="courseId"
          emptyLabel={t('noCourse')}
          options={courses.map((c) => ({ value: c.id, label: c.title, lang: passageLang(locale, c.lang) }))}
          defaultValue={value('courseId')}
          error={err('courseId')}
        />
        <div className="flex items-center gap-2">
          <input
            type="checkbox"
            id="wholeCourse"
            name="wholeCourse"
            defaultChecked={sent ? value('wholeCourse') === 'on' : true}
            className="size-4"
          />
          <label htmlFor="wholeCourse">{t('wholeCourse')}</label>
        </div>
        <details className="rounded border border-slate-200 p-2">
          <summary className="cursor-pointer">{t('chooseLessons')}</summary>
          {courses.map((c) => (
            <fieldset key={c.id} className="mt-2" aria-describedby={describedBy(err('lessonIds') && 'lessonIds-error')}>
              <legend className="font-medium" lang={passageLang(locale, c.lang)}>
                {c.title}
              </legend>
              <CheckboxList
                name="lessonIds"
                idPrefix="lesson"
                items={c.lessons.map((l) => ({
                  value: l.id,
                  label: (
                    <>
                      {l.position}. <span lang={passageLang(locale, l.lang)}>{l.title}</span>
                    </>
                  ),
                }))}
                checked={(id) => ticked('lessonIds', id)}
              />
            </fieldset>
          ))}
        </details>
        <FieldError id="lessonIds-error" error={err('lessonIds')} />
        <details className="rounded border border-slate-200 p-2" open={Boolean(err('guideSlugs'))}>
          <summary className="cursor-pointer">{t('guides')}</summary>
          <CheckboxList
            name="guideSlugs"
            idPrefix="guide"
            className="mt-2 space-y-1"
            items={guides.map((g) => ({ value: g.slug, label: <span lang={passageLang(locale)}>{g.title}</span> }))}
            checked={(slug) => ticked('guideSlugs', slug)}
          />
          <FieldError id="guideSlugs-error" error={err('guideSlugs')} />
        </details>
        {examples.length > 0 ? (
          <details className="rounded border border-slate-200 p-2" open={Boolean(err('exampleIds'))}>
            <summary className="cursor-pointer">{t('examples')}</summary>
            <CheckboxList
              name="exampleIds"
              idPrefix="example"
              className="mt-2 space-y-1"
              items={examples.map((e) => ({ value: e.id, label: <span lang={passageLang(locale)}>{e.title}</span> }))}
              checked={(id) => ticked('exampleIds', id)}
            />
            <FieldError id="exampleIds-error" error={err('exampleIds')} />
          </details>
        ) : null}
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
