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
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** What the Compare view compares: the App keeps it, so the Export buttons add the comparison. */
export interface CompareChoice {
  by: Grouping;
  /** Some values only; all when empty. */
  values: string[];
}

const LABELS: Record<Grouping, string> = {
  programme: 'Programme',
  component: 'Component',
  region: 'Region',
  theme: 'Theme',
  status: 'Status',
  'start-year': 'Start year',
};

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
  const comparison = useApi('compare/groups', { filters, compare: { by: choice.by, ...(choice.values.length > 0 ? { values: choice.values } : {}) } }, version);
  const c = comparison.value;
  const rows = useMemo(() => (c ? compareRows(c) : []), [c]);
  const charts = useMemo(() => (c ? buildCompareCharts(c, 'screen') : []), [c]);
  const columns = useMemo(
    () => [
      { key: 'figure', label: 'Figure', width: 200 },
      // Second, so it stays in view however many groups scroll beside it.
      { key: 'spread', label: 'Spread (max − min)', numeric: true, width: 170 },
      // Fixed widths: the table sizes free columns to their longest header ("Latin America & Caribbean").
      ...(c?.groups ?? []).map((g, i) => ({ key: `g${i}`, label: g.value, numeric: true, width: 140 })),
    ],
    [c],
  );
  const tableRows: CellValue[][] = useMemo(() => rows.map((r) => [r.label, r.spreadDisplay, ...r.displays]), [rows]);
  const busy = comparison.status === 'loading';

  return (
    <div className="view-stack" data-compare-by={choice.by}>
      <section className="card">
        <header className="card-header">
          <h3 className="card-title">Compare groups side by side</h3>
        </header>
        <div className="filter-bar">
          <div className="segmented" role="tablist" aria-label="Compare by">
            {GROUPINGS.map((g) => (
              <button key={g} type="button" role="tab" aria-selected={g === choice.by} className={g === choice.by ? 'on' : ''} data-grouping={g} onClick={() => onChoice({ by: g, values: [] })}>
                {LABELS[g]}
              </button>
            ))}
          </div>
          <MultiSelect label={`${LABELS[choice.by]}s to compare`} name={`compare-${choice.by}`} options={groupOptions(options.value, choice.by)} selected={choice.values} onChange={(values) => onChoice({ ...choice, values })} />
        </div>
        <p className="map-note">
          Each column holds the indicators of the pairings in scope with that {LABELS[choice.by].toLowerCase()}, within the filters above; groups overlap where a pairing has
          several values. The Export buttons add this comparison to the workbook and the PDF.
        </p>
        {c && c.leftOut.length > 0 && (
          <p className="map-note" data-testid="left-out">
            Left out, with no pairings within the filters: {c.leftOut.join(', ')}.
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
              caption={`Headline figures by ${LABELS[c.by].toLowerCase()} (${c.groups.length} groups)`}
              columns={columns}
              rows={tableRows}
              emptyText={`No ${LABELS[c.by].toLowerCase()} has pairings within the filters.`}
              height={Math.min(640, 80 + 32 * Math.max(1, tableRows.length))}
            />
          </div>
          {c.groups.length > COMPARE_CHART_GROUPS && <p className="map-note">The charts draw the {COMPARE_CHART_GROUPS} largest groups; the table holds them all.</p>}
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
