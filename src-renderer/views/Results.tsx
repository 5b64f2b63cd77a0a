import { useMemo, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { TRACKING_SORT_COLUMNS } from '../../src-main/shared/api-values.js';
import { achievementByRegionChart, achievementByThemeChart, formatAchievement, statusByLevelChart } from '../../src-main/shared/charts/results.js';
import type { ResultLevel } from '../../src-main/shared/domain.js';
import { resultHeadlines } from '../../src-main/shared/headlines.js';
import { RESULT_STATUSES, type ResultStatus, type TrackingRow } from '../../src-main/shared/results.js';
import { useApi } from '../api/use-api.js';
import { BuiltChart } from '../charts/BuiltChart.js';
import { HeadlineFigures } from '../components/HeadlineFigures.js';
import { type PagedColumn, PagedTable } from '../components/PagedTable.js';
import { PairingCard } from '../components/PairingCard.js';
import { Sparkline, sparkText } from '../components/Sparkline.js';
import { ErrorState, Loading } from '../components/States.js';
import { StatusLabel } from '../components/StatusLabel.js';
import { IndicatorView } from './IndicatorView.js';
import { NoResults } from './NoResults.js';
import { TrackingDetail } from './TrackingDetail.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** Tracking table cells in TRACKING_COLUMNS order; the small line's text is its actuals in words (exported and copied). */
function trackingCells(r: TrackingRow): CellValue[] {
  return [
    r.indicator_id,
    r.pairing_id,
    r.entity_name ?? 'whole pairing',
    r.level,
    r.title,
    r.unit,
    r.baseline,
    r.target,
    r.actual,
    r.achievement,
    r.status,
    sparkText(r.series),
  ];
}

const TRACKING_COLUMNS: ReadonlyArray<PagedColumn<TrackingRow>> = [
  { key: 'indicator_id', label: 'ID', width: 66 },
  { key: 'pairing_id', label: 'Pairing', width: 84 },
  { key: 'member', label: 'Member', width: 104 },
  { key: 'level', label: 'Level', width: 76 },
  { key: 'title', label: 'Title' },
  { key: 'unit', label: 'Unit', width: 62 },
  { key: 'baseline', label: 'Baseline', numeric: true, width: 92 },
  { key: 'target', label: 'Target', numeric: true, width: 78 },
  { key: 'actual', label: 'Actual', numeric: true, width: 78 },
  { key: 'achievement', label: 'Achievement', numeric: true, width: 118, render: (v) => (typeof v === 'number' ? formatAchievement(v) : '') },
  { key: 'status', label: 'Status', width: 142, render: (v) => <StatusLabel status={v} /> },
  { key: 'actuals', label: 'Actuals', width: 106, renderRow: (row) => <Sparkline series={row.series} /> },
];

/** A segment of the status-by-level chart, clicked: the table lists only its indicators. */
type Drill = { level: ResultLevel; status: ResultStatus } | null;

const LEVELS: readonly string[] = ['output', 'outcome', 'impact'];
const isDrill = (level: string | undefined, status: string | undefined): boolean =>
  level !== undefined && LEVELS.includes(level) && status !== undefined && (RESULT_STATUSES as readonly string[]).includes(status);

export function Results({ filters, version, indicators, project, addFilter }: ViewProps) {
  const t = useT();
  const detail = useApi('results/detail', filters, version);
  const [open, setOpen] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill>(null);
  const query = useMemo(() => (drill ? { filters, only: drill } : { filters }), [filters, drill]);
  const charts = useMemo(() => {
    const d = detail.value;
    return d ? { status: statusByLevelChart(d, 'screen'), theme: achievementByThemeChart(d, 'screen'), region: achievementByRegionChart(d, 'screen') } : null;
  }, [detail.value]);

  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => {
        if (ind.results.indicators === 0) return <NoResults what="result indicators" inDataset={(project?.rows.result_indicators ?? 0) > 0} />;
        const detailBusy = busy || detail.status === 'loading';
        return (
          <div className="view-stack">
            <HeadlineFigures label="Results figures" headlines={resultHeadlines(ind).filter((h) => h.id.startsWith('results.'))} busy={busy} />
            {detail.status === 'error' && <ErrorState title={t.t('error.tracking')} error={detail.error} onRetry={detail.reload} />}
            {!charts ? (
              detail.status !== 'error' && <Loading text={t.t('loading.tracking')} />
            ) : (
              <>
                <BuiltChart
                  chart={charts.status}
                  busy={detailBusy}
                  height={240}
                  clickHint="Click a segment to list those indicators in the tracking table below."
                  onClick={(p) => {
                    if (isDrill(p.name, p.seriesName)) setDrill({ level: p.name as ResultLevel, status: p.seriesName as ResultStatus });
                  }}
                />
                <div className="chart-grid">
                  <BuiltChart
                    chart={charts.theme}
                    busy={detailBusy}
                    clickHint="Click a bar to filter every view to that theme."
                    onClick={(p) => p.name && addFilter('theme', p.name)}
                  />
                  <BuiltChart
                    chart={charts.region}
                    busy={detailBusy}
                    clickHint="Click a bar to filter every view to that region."
                    onClick={(p) => p.name && addFilter('region', p.name)}
                  />
                </div>
                <section className="card" aria-labelledby="tracking-title">
                  <header className="card-header">
                    <h3 className="card-title" id="tracking-title">
                      Indicator tracking table
                    </h3>
                    {drill && (
                      <span className="chip" data-testid="tracking-drill">
                        {drill.level} indicators {drill.status}
                        <button type="button" className="chip-remove" aria-label="Show every indicator" onClick={() => setDrill(null)}>
                          ×
                        </button>
                      </span>
                    )}
                  </header>
                  <div className="compact-table">
                    <PagedTable
                      method="results/tracking"
                      query={query}
                      version={version}
                      name="result-tracking"
                      caption="Indicator tracking table"
                      columns={TRACKING_COLUMNS}
                      sortColumns={TRACKING_SORT_COLUMNS}
                      initialSort={{ column: 'pairing_id', direction: 'asc' }}
                      cells={trackingCells}
                      searchLabel="Search indicators"
                      height={420}
                      busy={busy}
                      emptyText="No result indicator in this scope."
                      showSelected
                      renderSelected={(row) => <TrackingDetail row={row} onOpen={setOpen} />}
                    />
                  </div>
                  <p className="table-note muted">
                    Target and actual are to date: as of the latest period with an actual (summed over periods for incremental indicators).
                  </p>
                </section>
              </>
            )}
            {open && <PairingCard pairingId={open} version={version} filters={filters} onClose={() => setOpen(null)} />}
          </div>
        );
      }}
    </IndicatorView>
  );
}
