'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { GuideFormValues } from '@/lib/validation/guide';

type Source = GuideFormValues['sources'][number];
const empty: Source = { title: '', publisher: '', url: '', date: '' };

/** The page's sources as rows of fields; rows can be added and removed. */
export function SourcesFieldset({ defaultValue, error }: { defaultValue: Source[]; error?: string }) {
  const t = useTranslations('editorGuides.sources');
  const nextKey = useRef(defaultValue.length || 1);
  const [rows, setRows] = useState(() =>
    (defaultValue.length ? defaultValue : [empty]).map((source, key) => ({ key, source })),
  );
  const add = () => setRows((r) => [...r, { key: nextKey.current++, source: empty }]);
  const remove = (key: number) => setRows((r) => r.filter((row) => row.key !== key));
  return (
    <fieldset
      aria-describedby={error ? 'guide-sources-error' : 'guide-sources-hint'}
      className="rounded border border-slate-300 p-4"
    >
      <legend className="px-1 font-medium">{t('legend')}</legend>
      <p id="guide-sources-hint" className="mb-3 text-sm text-slate-600">
        {t('hint')}
      </p>
      <ol className="space-y-4">
        {rows.map(({ key, source }, index) => (
          <li key={key} className="grid gap-3 rounded bg-slate-50 p-3 md:grid-cols-2">
            <SourceField
              label={t('title', { number: index + 1 })}
              name="sourceTitle"
              id={`source-${key}-title`}
              value={source.title}
            />
            <SourceField
              label={t('publisher', { number: index + 1 })}
              name="sourcePublisher"
              id={`source-${key}-publisher`}
              value={source.publisher}
            />
            <SourceField
              label={t('url', { number: index + 1 })}
              name="sourceUrl"
              id={`source-${key}-url`}
              value={source.url}
              type="url"
            />
            <SourceField
              label={t('date', { number: index + 1 })}
              name="sourceDate"
              id={`source-${key}-date`}
              value={source.date}
            />
            {rows.length > 1 ? (
              <div className="md:col-span-2">
                <button
                  type="button"
                  onClick={() => remove(key)}
                  className="text-sm font-medium text-red-800 underline"
                >
                  {t('remove', { number: index + 1 })}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} className="btn-secondary mt-3 text-sm">
        {t('add')}
      </button>
      {error ? (
        <p id="guide-sources-error" className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function SourceField({
  label,
  name,
  id,
  value,
  type = 'text',
}: {
  label: string;
  name: string;
  id: string;
  value: string;
  type?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        className="w-full rounded border border-slate-400 bg-white px-2 py-1"
      />
    </div>
  );
}
