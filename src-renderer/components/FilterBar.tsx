import type { FilterOptions } from '../../src-main/shared/api-contract.js';
import { type Filters, LIST_FILTERS, type ListFilter } from '../../src-main/shared/indicators.js';
import type { AppKey, LabelKind } from '../../src-main/shared/i18n/index.js';
import { useT } from '../i18n/language.js';
import { isoToText } from '../lib/date-text.js';
import { cleanFilters } from '../lib/filters.js';
import { DateField } from './DateField.js';
import { MultiSelect } from './MultiSelect.js';

export { cleanFilters, isEmptyScope } from '../lib/filters.js';

type FilterKey = ListFilter | 'from' | 'to' | 'asOf';

/** Each filter's label in the catalogue. */
export const FILTER_LABELS: Record<FilterKey, AppKey> = {
  programme: 'filters.programme',
  component: 'filters.component',
  theme: 'filters.theme',
  region: 'filters.region',
  status: 'filters.status',
  from: 'filters.from',
  to: 'filters.to',
  asOf: 'filters.asOf',
};

/** Which list filters hold canonical values with display labels; programmes are the data's own names. */
const VALUE_KINDS: Partial<Record<ListFilter, LabelKind>> = { component: 'component', theme: 'theme', region: 'region', status: 'status' };

const DATE_KEYS = new Set<FilterKey>(['from', 'to', 'asOf']);

interface Props {
  filters: Filters;
  options: FilterOptions | undefined;
  onChange: (filters: Filters) => void;
}

/** The global filters every view obeys: five lists, a start-date range and the "as of" day of results and outcomes. */
export function FilterBar({ filters, options, onChange }: Props) {
  const t = useT();
  const set = (patch: Filters) => onChange(cleanFilters({ ...filters, ...patch }));
  return (
    <div className="filter-bar" role="search" aria-label={t.t('filters.bar')}>
      {LIST_FILTERS.map((key) => (
        <MultiSelect
          key={key}
          name={key}
          label={t.t(FILTER_LABELS[key])}
          display={(value) => {
            const kind = VALUE_KINDS[key];
            return kind ? t.label(kind, value) : value;
          }}
          options={options?.[key] ?? []}
          selected={filters[key] ?? []}
          onChange={(values) => set({ [key]: values })}
        />
      ))}
      <div className="date-range">
        <DateField
          name="from"
          label={t.t(FILTER_LABELS.from)}
          value={filters.from ?? ''}
          min={options?.minStart ?? undefined}
          max={filters.to || (options?.maxStart ?? undefined)}
          onChange={(iso) => set({ from: iso })}
        />
        <DateField
          name="to"
          label={t.t(FILTER_LABELS.to)}
          value={filters.to ?? ''}
          min={filters.from || (options?.minStart ?? undefined)}
          max={options?.maxStart ?? undefined}
          onChange={(iso) => set({ to: iso })}
        />
      </div>
      {/* Not a pairing filter: it cuts result values and outcomes at a day (an annual report's "as it stood"). */}
      <div className="date-range as-of">
        <DateField name="asOf" label={t.t(FILTER_LABELS.asOf)} title={t.t('filters.asOf.title')} value={filters.asOf ?? ''} onChange={(iso) => set({ asOf: iso })} />
      </div>
    </div>
  );
}

/** The active scope in words, each part removable: always visible under the filter bar. */
export function ScopeLine({ filters, onChange, pairings }: { filters: Filters; onChange: (f: Filters) => void; pairings: number | undefined }) {
  const t = useT();
  const parts: Array<{ key: FilterKey; value: string }> = [];
  for (const key of LIST_FILTERS) for (const value of filters[key] ?? []) parts.push({ key, value });
  if (filters.from) parts.push({ key: 'from', value: filters.from });
  if (filters.to) parts.push({ key: 'to', value: filters.to });
  if (filters.asOf) parts.push({ key: 'asOf', value: filters.asOf });
  const shownValue = (key: FilterKey, value: string) => {
    // As the date fields write it, so a chip reads like the field it came from.
    if (DATE_KEYS.has(key)) return isoToText(value, t.language);
    const kind = VALUE_KINDS[key as ListFilter];
    return kind ? t.label(kind, value) : value;
  };
  const remove = (key: FilterKey, value: string) => {
    if (DATE_KEYS.has(key)) onChange(cleanFilters({ ...filters, [key]: '' }));
    else onChange(cleanFilters({ ...filters, [key]: (filters[key as ListFilter] ?? []).filter((v) => v !== value) }));
  };
  return (
    <div className="scope-line" aria-live="polite" data-testid="scope">
      <span className="scope-title">{t.t('scopeLine.title')}</span>
      {parts.every((p) => p.key === 'asOf') && <span className="scope-all">{t.t('scopeLine.all')}</span>}
      {parts.map(({ key, value }) => (
        <span className={key === 'asOf' ? 'chip chip-as-of' : 'chip'} key={`${key}:${value}`} data-scope-part={key}>
          <span className="chip-key">{t.t('scopeLine.key', { filter: t.t(FILTER_LABELS[key]) })}</span> {shownValue(key, value)}
          <button type="button" className="chip-remove" aria-label={t.t('scopeLine.remove', { filter: t.t(FILTER_LABELS[key]), value: shownValue(key, value) })} onClick={() => remove(key, value)}>
            ×
          </button>
        </span>
      ))}
      {pairings !== undefined && <span className="scope-count">{t.t('scopeLine.count', { count: pairings })}</span>}
      {parts.length > 0 && (
        <button type="button" className="small link" onClick={() => onChange({})}>
          {t.t('scopeLine.clear')}
        </button>
      )}
    </div>
  );
}
