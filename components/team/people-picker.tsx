'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { describedBy, FieldError, inputClass } from './form-bits';

export const SEARCH_FORM_ID = 'sok-personer';

type Props = {
  /** The people the search shows (all of the team when nothing is searched). */
  people: { id: string; name: string; unitName: string | null }[];
  teamSize: number;
  search: string;
  preselected: string[];
  /** Ticks a box: choosing a person also chooses "Personer som jag väljer". */
  onPick: () => void;
  error?: string;
};

/**
 * The list of people to assign to, with a name search and "select all shown". Both belong to a
 * GET form of their own (`form` attribute; forms cannot nest), so they work without JavaScript:
 * the server filters the list, and "select all" reloads it with every shown person ticked. With
 * JavaScript, "select all" ticks the boxes in place and keeps everything else filled in.
 */
export function PeoplePicker({ people, teamSize, search, preselected, onPick, error }: Props) {
  const t = useTranslations('assign');
  const list = useRef<HTMLUListElement>(null);
  const selectAll = (event: React.MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    list.current?.querySelectorAll<HTMLInputElement>('input[name="userIds"]').forEach((box) => (box.checked = true));
    onPick();
  };
  return (
    <fieldset className="ml-6 space-y-2" aria-describedby={describedBy('people-count', error && 'userIds-error')}>
      <legend className="sr-only">{t('peopleLegend')}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor="sok" className="mb-1 block">
            {t('search')}
          </label>
          <input
            id="sok"
            name="sok"
            type="search"
            form={SEARCH_FORM_ID}
            defaultValue={search}
            maxLength={100}
            aria-describedby="sok-hint"
            className={inputClass}
          />
        </div>
        <button type="submit" form={SEARCH_FORM_ID} className="btn-secondary">
          {t('searchButton')}
        </button>
      </div>
      <p id="sok-hint" className="text-sm text-slate-700">
        {t('searchHint')}
      </p>
      <p id="people-count" className="text-sm" aria-live="polite">
        {search ? t('matches', { shown: people.length, total: teamSize, search }) : t('inUnits', { total: teamSize })}
      </p>
      {people.length > 0 ? (
        <>
          <button
            type="submit"
            form={SEARCH_FORM_ID}
            name="alla"
            value="ja"
            onClick={selectAll}
            className="btn-secondary"
          >
            {t('selectShown', { count: people.length })}
          </button>
          <ul ref={list} className="max-h-72 space-y-1 overflow-y-auto rounded border border-slate-200 p-2">
            {people.map((p) => (
              <li key={p.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  id={`person-${p.id}`}
                  name="userIds"
                  value={p.id}
                  defaultChecked={preselected.includes(p.id)}
                  onChange={onPick}
                  className="size-4"
                />
                <label htmlFor={`person-${p.id}`}>
                  {p.name} <span className="text-slate-700">({p.unitName ?? t('noUnit')})</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('noMatch')}</p>
      )}
      <FieldError id="userIds-error" error={error} />
    </fieldset>
  );
}
