import { useTranslations } from 'next-intl';
import type { PersonStatus, TeamQuery } from '@/lib/assignments/status';
import { audienceOrder, audienceToKey } from '@/lib/audiences';
import type { ScopeUnit } from '@/lib/data/scope-units';
import { assignmentStatusLabels } from '@/lib/labels';
import { statusToParam } from '@/lib/validation/assignments';

const selectClass = 'w-full rounded border border-slate-400 px-3 py-2';
const sorts = ['namn', 'enhet', 'slutdatum', 'status'] as const;
const sortParam: Record<TeamQuery['sort'], string> = {
  name: 'namn',
  unit: 'enhet',
  due: 'slutdatum',
  status: 'status',
};

/** A plain GET form: filters live in the address, so a filtered view can be bookmarked and works without JavaScript. */
export function TeamFilters({ query, units }: { query: TeamQuery; units: ScopeUnit[] }) {
  const t = useTranslations('team');
  const labels = useTranslations('labels');
  const minDepth = Math.min(...units.map((u) => u.depth));
  return (
    <form
      method="get"
      action="/chef"
      className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-5"
      aria-label={t('filters')}
    >
      <div>
        <label htmlFor="enhet" className="mb-1 block font-medium">
          {t('unit')}
        </label>
        <select id="enhet" name="enhet" defaultValue={query.unitId ?? ''} className={selectClass}>
          <option value="">{t('allUnits')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {'\u00a0\u00a0'.repeat(u.depth - minDepth)}
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="malgrupp" className="mb-1 block font-medium">
          {t('audience')}
        </label>
        <select
          id="malgrupp"
          name="malgrupp"
          defaultValue={query.audience ? audienceToKey[query.audience] : ''}
          className={selectClass}
        >
          <option value="">{t('allAudiences')}</option>
          {audienceOrder.map((a) => (
            <option key={a} value={audienceToKey[a]}>
              {labels(`audience.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="status" className="mb-1 block font-medium">
          {t('status')}
        </label>
        <select
          id="status"
          name="status"
          defaultValue={query.status ? statusToParam[query.status] : ''}
          className={selectClass}
        >
          <option value="">{t('all')}</option>
          {(Object.keys(assignmentStatusLabels) as PersonStatus[]).map((s) => (
            <option key={s} value={statusToParam[s]}>
              {t(`statusLabel.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="sortera" className="mb-1 block font-medium">
          {t('sortBy')}
        </label>
        <select id="sortera" name="sortera" defaultValue={sortParam[query.sort]} className={selectClass}>
          {sorts.map((value) => (
            <option key={value} value={value}>
              {t(`sort.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="btn-primary">
          {t('show')}
        </button>
        <a href="/chef">{t('clear')}</a>
      </div>
    </form>
  );
}

/** The same filters as search parameters, for the CSV link and the page links. */
export function teamQueryParams(query: TeamQuery, page?: number): string {
  const params = new URLSearchParams();
  if (query.unitId) params.set('enhet', query.unitId);
  if (query.audience) params.set('malgrupp', audienceToKey[query.audience]);
  if (query.status) params.set('status', statusToParam[query.status]);
  if (query.sort !== 'name') params.set('sortera', sortParam[query.sort]);
  if (page && page > 1) params.set('sida', String(page));
  const s = params.toString();
  return s ? `?${s}` : '';
}
