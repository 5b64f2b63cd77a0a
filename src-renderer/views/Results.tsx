import { useMemo, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { achievementByRegionChart, achievementByThemeChart, formatAchievement, statusByLevelChart } from '../../src-main/shared/charts/results.js';
import { resultHeadlines } from '../../src-main/shared/headlines.js';
import type { ResultStatus, TrackingRow } from '../../src-main/shared/results.js';
import { useApi } from '../api/use-api.js';
import { BuiltChart } from '../charts/BuiltChart.js';
import { type Column, LocalTable } from '../components/DataTable.js';
import { HeadlineFigures } from '../components/HeadlineFigures.js';
import { PairingCard } from '../components/PairingCard.js';
import { Sparkline, sparkText } from '../components/Sparkline.js';
import { ErrorState, Loading } from '../components/States.js';
import { StatusLabel } from '../components/StatusLabel.js';
import { IndicatorView } from './IndicatorView.js';
import { NoResults } from './NoResults.js';
import { TrackingDetail } from './TrackingDetail.js';
import type { ViewProps } from './view-props.js';

/** Tracking table cells in TRACKING_COLUMNS order; the sparkline's text is its actuals in words. */
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

function trackingColumns(seriesOf: (id: CellValue) => TrackingRow['series']): Column[] {
  return [
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
    { key: 'actuals', label: 'Actuals', width: 106, render: (_, row) => <Sparkline series={seriesOf(row[0] ?? null)} /> },
  ];
}

type Drill = { level: string; status: ResultStatus } | null;

export function Results({ filters, version, indicators, project, addFilter }: ViewProps) {
  const detail = useApi('results/detail', filters, version);
  const [open, setOpen] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill>(null);
  const tracking = detail.value?.tracking;
  const byId = useMemo(() => new Map((tracking ?? []).map((r) => [r.indicator_id, r])), [tracking]);
  const columns = useMemo(() => {
    const series = new Map((tracking ?? []).map((r) => [r.indicator_id, r.series]));
    return trackingColumns((id) => series.get(String(id)) ?? []);
  }, [tracking]);
  const rows = useMemo(
    () => (tracking ?? []).filter((r) => !drill || (r.level === drill.level && r.status === drill.status)).map(trackingCells),
    [tracking, drill],
  );
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
            {detail.status === 'error' && <ErrorState what="The tracking table" error={detail.error} onRetry={detail.reload} />}
            {!charts ? (
              detail.status !== 'error' && <Loading what="the tracking table" />
            ) : (
              <>
                <BuiltChart
                  chart={charts.status}
                  busy={detailBusy}
                  height={240}
                  clickHint="Click a segment to list those indicators in the tracking table below."
                  onClick={(p) => {
                    const level = p.name;
                    const status = p.seriesName as ResultStatus | undefined;
                    if (level && status) setDrill({ level, status });
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
                    <LocalTable
                      name="result-tracking"
                      caption="Indicator tracking table"
                      columns={columns}
                      rows={rows}
                      searchLabel="Search indicators"
                      height={420}
                      loading={detailBusy}
                      emptyText="No result indicator in this scope."
                      showSelected
                      renderSelected={(row) => {
                        const found = byId.get(String(row[0]));
                        return found ? <TrackingDetail row={found} onOpen={setOpen} /> : null;
                      }}
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
