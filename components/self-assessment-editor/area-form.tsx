'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field, TextAreaField } from '@/components/ui/field';
import { saveAreaAction } from '@/lib/actions/self-assessment-editor';
import { idle } from '@/lib/actions/state';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { Area } from '@/lib/self-assessment/questionnaire';
import { ChoiceGroup } from './choice-group';

type Link = { slug: string; title: string };
type Props = { version: number; area: Area; choices: { courses: Link[]; guides: Link[] } };

/** The published ones to choose from, and those already linked that are no longer published (so they can be unticked). */
function itemsFor(
  published: Link[],
  linked: readonly string[],
  words: { title: (title: string) => ReactNode; gone: (slug: string) => string },
) {
  const known = new Set(published.map((p) => p.slug));
  return [
    ...published.map((p) => ({ value: p.slug, label: words.title(p.title) })),
    ...linked.filter((s) => !known.has(s)).map((s) => ({ value: s, label: words.gone(s) })),
  ];
}

/** An area's title, description and what it recommends to those with the lowest results in it. */
export function AreaForm({ version, area, choices }: Props) {
  const [state, action, pending] = useActionState(saveAreaAction, idle);
  const t = useTranslations('editorTemplates.area');
  const locale = useLocale() as Locale;
  // Course and guide titles are the content's own (Swedish) titles.
  const words = {
    title: (title: string) => <span lang={passageLang(locale)}>{title}</span>,
    gone: (slug: string) => t('notPublished', { slug }),
  };
  const v = state.values;
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  const picked = (field: 'courses' | 'guides') => (v ? (v[field] ?? '').split(',') : area[field]);
  const p = `omrade-${area.key}`;
  return (
    <details open={state.status !== 'idle' || undefined} className="mb-3 rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium">{t('summary')}</summary>
      <div className="mt-3 space-y-3">
        {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
        <form key={state.nonce ?? 'first'} action={action} className="space-y-4" noValidate>
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="area" value={area.key} />
          <Field
            id={`${p}-title`}
            name="title"
            label={t('title')}
            defaultValue={v?.title ?? area.title}
            error={err('title')}
          />
          <TextAreaField
            id={`${p}-description`}
            name="description"
            label={t('description')}
            hint={t('descriptionHint')}
            rows={3}
            defaultValue={v?.description ?? area.description}
            lang={passageLang(locale)}
            error={err('description')}
          />
          <ChoiceGroup
            id={`${p}-courses`}
            legend={t('courses')}
            hint={t('coursesHint')}
            name="courses"
            items={itemsFor(choices.courses, area.courses, words)}
            checked={picked('courses')}
            error={err('courses')}
          />
          <ChoiceGroup
            id={`${p}-guides`}
            legend={t('guides')}
            hint={t('guidesHint')}
            name="guides"
            items={itemsFor(choices.guides, area.guides, words)}
            checked={picked('guides')}
            error={err('guides')}
          />
          <button type="submit" className="btn-primary" disabled={pending}>
            {t('save')}
          </button>
        </form>
      </div>
    </details>
  );
}
