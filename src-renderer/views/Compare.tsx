import { useMemo } from 'react';
import type { CellValue, FilterOptions } from '../../src-main/shared/api-contract.js';
import { COMPARE_CHART_GROUPS, buildCompareCharts } from '../../src-main/shared/charts/compare.js';
import { compareRows } from '../../src-main/shared/compare-table.js';
import { GROUPINGS, type Grouping } from '../../src-main/shared/compare.js';
import { useApi } from '../api/use-api.js';
import { BuiltChart } from '../charts/BuiltChart.js';
import { LocalTable } from '../components/DataTable.js';
import { MultiSelect } from '../components/MultiSelect.js';
import { ErrorState, Loading } from '../components/States.js';
import type { AppKey, LabelKind } from '../../src-main/shared/i18n/index.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** What the Compare view compares: the App keeps it, so the Export buttons add the comparison. */
export interface CompareChoice {
  by: Grouping;
  /** Some values only; all when empty. */
  values: string[];
}

const LABELS: Record<Grouping, AppKey> = {
  programme: 'filters.programme',
  component: 'filters.component',
  region: 'filters.region',
  theme: 'filters.theme',
  status: 'filters.status',
  'start-year': 'compare.startYear',
};

/** Groupings whose values are canonical data values with display labels. */
const VALUE_KINDS: Partial<Record<Grouping, LabelKind>> = { component: 'component', region: 'region', theme: 'theme', status: 'status' };

/** The values a grouping can take, from the filter options (start years from the range of start dates). */
export function groupOptions(options: FilterOptions | undefined, by: Grouping): string[] {
  if (!options) return [];
  if (by !== 'start-year') return options[by];
  if (!options.minStart || !options.maxStart) return [];
  const years: string[] = [];
  for (let y = Number(options.minStart.slice(0, 4)); y <= Number(options.maxStart.slice(0, 4)); y++) years.push(String(y));
  return years;
}

export function Compare({ filters, version, choice, onChoice }: ViewProps & { choice: CompareChoice; onChoice: (c: CompareChoice) => void }) {
  const t = useT();
  const options = useApi('filters/options', null, version);
  const shown = (by: Grouping, value: string) => {
    const kind = VALUE_KINDS[by];
    return kind ? t.label(kind, value) : value;
  };
  const comparison = useApi('compare/groups', { filters, compare: { by: choice.by, ...(choice.values.length > 0 ? { values: choice.values } : {}) } }, version);
  const c = comparison.value;
  const rows = useMemo(() => (c ? compareRows(c, t) : []), [c, t]);
  const charts = useMemo(() => (c ? buildCompareCharts(c, 'screen', t) : []), [c, t]);
  const columns = useMemo(
    () => [
      // Wide enough for the longest figure name in French and Spanish ("Part de signataires de la Convention mondiale des maires").
      { key: 'figure', label: t.t('compare.figure'), width: 420 },
      // Second, so it stays in view however many groups scroll beside it.
      { key: 'spread', label: t.t('compare.spread'), numeric: true, width: 190 },
      // Fixed widths: the table sizes free columns to their longest header ("Latin America & Caribbean").
      ...(c?.groups ?? []).map((g, i) => ({ key: `g${i}`, label: shown(c?.by ?? choice.by, g.value), numeric: true, width: 150 })),
    ],
    [c, t, choice.by],
  );
  const tableRows: CellValue[][] = useMemo(() => rows.map((r) => [r.label, r.spreadDisplay, ...r.displays]), [rows]);
  const busy = comparison.status === 'loading';

  return (
    <div className="view-stack" data-compare-by={choice.by}>
      <section className="card">
        <header className="card-header">
          <h3 className="card-title">{t.t('compare.title')}</h3>
        </header>
        <div className="filter-bar">
          <div className="segmented" role="tablist" aria-label={t.t('compare.by')}>
            {GROUPINGS.map((g) => (
              <button key={g} type="button" role="tab" aria-selected={g === choice.by} className={g === choice.by ? 'on' : ''} data-grouping={g} onClick={() => onChoice({ by: g, values: [] })}>
                {t.t(LABELS[g])}
              </button>
            ))}
          </div>
          <MultiSelect label={t.t('compare.values', { grouping: t.t(LABELS[choice.by]) })} display={(v) => shown(choice.by, v)} name={`compare-${choice.by}`} options={groupOptions(options.value, choice.by)} selected={choice.values} onChange={(values) => onChoice({ ...choice, values })} />
        </div>
        <p className="map-note">
          {t.t('compare.note', { grouping: t.t(LABELS[choice.by]) })}
        </p>
        {c && c.leftOut.length > 0 && (
          <p className="map-note" data-testid="left-out">
            {t.t('compare.leftOut', { groups: c.leftOut.map((v) => shown(c.by, v)).join(', ') })}
          </p>
        )}
      </section>
      {comparison.status === 'error' && <ErrorState title={t.t('error.comparison')} error={comparison.error} onRetry={comparison.reload} />}
      {!c ? (
        <Loading text={t.t('loading.comparison')} />
      ) : (
        <>
          <div aria-busy={busy} data-testid="compare-groups" data-groups={c.groups.map((g) => g.value).join('|')}>
            <LocalTable
              name={`compare-by-${c.by}`}
              caption={t.t('compare.caption', { grouping: t.t(LABELS[c.by]), count: c.groups.length })}
              columns={columns}
              rows={tableRows}
              emptyText={t.t('compare.empty')}
              height={Math.min(640, 80 + 32 * Math.max(1, tableRows.length))}
            />
          </div>
          {c.groups.length > COMPARE_CHART_GROUPS && <p className="map-note">{t.t('compare.chartsLimit', { count: COMPARE_CHART_GROUPS })}</p>}
          <div className="chart-grid">
            {charts.map((chart) => (
              <BuiltChart key={chart.id} chart={chart} busy={busy} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
