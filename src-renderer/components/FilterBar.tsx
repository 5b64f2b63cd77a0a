import type { FilterOptions } from '../../src-main/shared/api-contract.js';
import { type Filters, LIST_FILTERS, type ListFilter } from '../../src-main/shared/indicators.js';
import { cleanFilters } from '../lib/filters.js';
import { MultiSelect } from './MultiSelect.js';

export { cleanFilters, isEmptyScope } from '../lib/filters.js';

type FilterKey = ListFilter | 'from' | 'to' | 'asOf';

export const FILTER_LABELS: Record<FilterKey, string> = {
  programme: 'Programme',
  component: 'Component',
  theme: 'Theme',
  region: 'Region',
  status: 'Status',
  from: 'Started from',
  to: 'Started until',
  asOf: 'As of',
};

const DATE_KEYS = new Set<FilterKey>(['from', 'to', 'asOf']);

interface Props {
  filters: Filters;
  options: FilterOptions | undefined;
  onChange: (filters: Filters) => void;
}

/** The global filters every view obeys: five lists, a start-date range and the "as of" day of results and outcomes. */
export function FilterBar({ filters, options, onChange }: Props) {
  const set = (patch: Filters) => onChange(cleanFilters({ ...filters, ...patch }));
  return (
    <div className="filter-bar" role="search" aria-label="Filters">
      {LIST_FILTERS.map((key) => (
        <MultiSelect
          key={key}
          name={key}
          label={FILTER_LABELS[key]}
          options={options?.[key] ?? []}
          selected={filters[key] ?? []}
          onChange={(values) => set({ [key]: values })}
        />
      ))}
      <div className="date-range">
        <label>
          <span className="filter-label">{FILTER_LABELS.from}</span>
          <input
            type="date"
            name="from"
            value={filters.from ?? ''}
            min={options?.minStart ?? undefined}
            max={filters.to || (options?.maxStart ?? undefined)}
            onChange={(e) => set({ from: e.target.value })}
          />
        </label>
        <label>
          <span className="filter-label">{FILTER_LABELS.to}</span>
          <input
            type="date"
            name="to"
            value={filters.to ?? ''}
            min={filters.from || (options?.minStart ?? undefined)}
            max={options?.maxStart ?? undefined}
            onChange={(e) => set({ to: e.target.value })}
          />
        </label>
      </div>
      {/* Not a pairing filter: it cuts result values and outcomes at a day (an annual report's "as it stood"). */}
      <div className="date-range as-of">
        <label title="Result values ending and outcomes observed after this day are left out">
          <span className="filter-label">{FILTER_LABELS.asOf}</span>
          <input type="date" name="asOf" value={filters.asOf ?? ''} onChange={(e) => set({ asOf: e.target.value })} />
        </label>
      </div>
    </div>
  );
}

/** The active scope in words, each part removable: always visible under the filter bar. */
export function ScopeLine({ filters, onChange, pairings }: { filters: Filters; onChange: (f: Filters) => void; pairings: number | undefined }) {
  const parts: Array<{ key: FilterKey; value: string }> = [];
  for (const key of LIST_FILTERS) for (const value of filters[key] ?? []) parts.push({ key, value });
  if (filters.from) parts.push({ key: 'from', value: filters.from });
  if (filters.to) parts.push({ key: 'to', value: filters.to });
  if (filters.asOf) parts.push({ key: 'asOf', value: filters.asOf });
  const remove = (key: FilterKey, value: string) => {
    if (DATE_KEYS.has(key)) onChange(cleanFilters({ ...filters, [key]: '' }));
    else onChange(cleanFilters({ ...filters, [key]: (filters[key as ListFilter] ?? []).filter((v) => v !== value) }));
  };
  return (
    <div className="scope-line" aria-live="polite" data-testid="scope">
      <span className="scope-title">Scope:</span>
      {parts.every((p) => p.key === 'asOf') && <span className="scope-all">all pairings</span>}
      {parts.map(({ key, value }) => (
        <span className={key === 'asOf' ? 'chip chip-as-of' : 'chip'} key={`${key}:${value}`} data-scope-part={key}>
          <span className="chip-key">{FILTER_LABELS[key]}:</span> {value}
          <button type="button" className="chip-remove" aria-label={`Remove ${FILTER_LABELS[key]} ${value}`} onClick={() => remove(key, value)}>
            ×
          </button>
        </span>
      ))}
      {pairings !== undefined && <span className="scope-count">{pairings === 1 ? '1 pairing' : `${pairings.toLocaleString('en-GB')} pairings`} in scope</span>}
      {parts.length > 0 && (
        <button type="button" className="small link" onClick={() => onChange({})}>
          Clear all filters
        </button>
      )}
    </div>
  );
}
