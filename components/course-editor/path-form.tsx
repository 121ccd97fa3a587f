'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { savePathAction } from '@/lib/actions/path-editor';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { MatchesBox, useMatchesBox } from '@/components/editor/matches-box';
import { Field, TextAreaField } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

type Props = {
  audience: string;
  path: {
    title: string;
    summary: string;
    intro: string;
    version: number;
    courseIds: string[];
    english: { title: string; summary: string; intro: string; upToDate: boolean } | null;
  };
  courses: { id: string; title: string }[];
};

const swedishFields = new Set(['title', 'summary', 'intro']);

export function PathForm({ audience, path, courses }: Props) {
  const [state, action, pending] = useActionState(savePathAction, idle);
  const t = useTranslations('editorLearning.path');
  const error = (key: string) => state.fieldErrors?.[key]?.[0];
  // A refused save gives back what was typed (the form is remounted with it), and focus goes to the first field to fix.
  const typed = state.status === 'error' ? state.values : undefined;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'error') form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  // The path's texts and the courses' titles are edited in Swedish, which they say inside another language's page.
  const content = passageLang(useLocale() as Locale);
  // The box starts unticked for English that exists (it stays current while the Swedish is
  // unchanged), so a Swedish change saved without JavaScript cannot confirm it; with JavaScript a
  // change to a Swedish text unticks it again after the editor ticked it.
  const matches = useMatchesBox(swedishFields);
  const english = path.english;
  return (
    <form ref={form} key={state.nonce ?? 0} action={action} onInput={matches.onInput} className="max-w-3xl space-y-5">
      <input type="hidden" name="audience" value={audience} />
      <input type="hidden" name="version" value={path.version} />
      <Field
        label={t('name')}
        name="title"
        lang={content}
        defaultValue={typed?.title ?? path.title}
        error={error('title')}
      />
      <Field
        label={t('summary')}
        name="summary"
        lang={content}
        defaultValue={typed?.summary ?? path.summary}
        error={error('summary')}
      />
      <div>
        <label htmlFor="intro" className="mb-1 block font-medium">
          {t('intro')}
        </label>
        <textarea
          id="intro"
          name="intro"
          rows={6}
          defaultValue={typed?.intro ?? path.intro}
          lang={content}
          className="w-full rounded border border-slate-400 p-2 font-mono text-sm"
        />
      </div>
      <fieldset aria-describedby="english-hint" className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-medium">{t('english')}</legend>
        <p id="english-hint" className="text-sm text-slate-600">
          {t('englishHint')}
        </p>
        {english ? <p className="text-sm text-slate-700">{english.upToDate ? t('current') : t('outdated')}</p> : null}
        <Field
          label={t('nameEn')}
          name="enTitle"
          lang="en"
          defaultValue={typed?.enTitle ?? path.english?.title ?? ''}
          error={error('enTitle')}
        />
        <Field
          label={t('summaryEn')}
          name="enSummary"
          lang="en"
          defaultValue={typed?.enSummary ?? path.english?.summary ?? ''}
          error={error('enSummary')}
        />
        <TextAreaField
          label={t('introEn')}
          name="enIntro"
          lang="en"
          rows={6}
          defaultValue={typed?.enIntro ?? path.english?.intro ?? ''}
          error={error('enIntro')}
        />
        <MatchesBox
          box={matches.box}
          label={t('upToDate')}
          defaultChecked={typed ? typed.enUpToDate === 'on' : !english}
        />
      </fieldset>
      <fieldset aria-describedby="courses-hint">
        <legend className="font-medium">{t('courses')}</legend>
        <p id="courses-hint" className="mb-2 text-sm text-slate-600">
          {t('coursesHint')}
        </p>
        {error('courseIds') ? <p className="mb-2 text-sm font-medium text-red-700">{error('courseIds')}</p> : null}
        <ul className="space-y-2">
          {courses.map((c) => {
            const pos = path.courseIds.indexOf(c.id);
            return (
              <li key={c.id} className="flex items-center gap-3">
                <input
                  id={`pos-${c.id}`}
                  name={`pos-${c.id}`}
                  type="number"
                  min={1}
                  defaultValue={typed ? (typed[`pos-${c.id}`] ?? '') : pos >= 0 ? pos + 1 : ''}
                  className="w-20 rounded border border-slate-400 px-2 py-1"
                />
                <label htmlFor={`pos-${c.id}`} lang={content}>
                  {c.title}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
