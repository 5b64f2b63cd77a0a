import { useCallback, useMemo, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { TRACKING_SORT_COLUMNS } from '../../src-main/shared/api-values.js';
import { achievementByRegionChart, achievementByThemeChart, statusByLevelChart } from '../../src-main/shared/charts/results.js';
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
import type { Translator } from '../../src-main/shared/i18n/index.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** Tracking table cells in TRACKING_COLUMNS order; the small line's text is its actuals in words (exported and copied). */
function trackingCells(r: TrackingRow, t: Translator): CellValue[] {
  return [
    r.indicator_id,
    r.pairing_id,
    r.entity_name ?? t.t('results.wholePairing'),
    r.level,
    r.title,
    r.unit,
    r.baseline,
    r.target,
    r.actual,
    r.achievement,
    r.status,
    sparkText(r.series, t),
  ];
}

/** The tracking table's columns, headed in the app's language; cells keep the data's values (exports stay canonical). */
function trackingColumns(t: Translator): ReadonlyArray<PagedColumn<TrackingRow>> {
  return [
    { key: 'indicator_id', label: t.t('results.col.id'), width: 66 },
    { key: 'pairing_id', label: t.t('tracking.pairing'), width: 104 },
    { key: 'member', label: t.t('tracking.member'), width: 104 },
    { key: 'level', label: t.t('tracking.level'), width: 100, render: (v) => (typeof v === 'string' ? t.label('level', v) : '') },
    { key: 'title', label: t.t('tracking.title') },
    { key: 'unit', label: t.t('tracking.unit'), width: 62 },
    { key: 'baseline', label: t.t('results.col.baseline'), numeric: true, width: 100 },
    { key: 'target', label: t.t('results.col.target'), numeric: true, width: 78 },
    { key: 'actual', label: t.t('results.col.actual'), numeric: true, width: 78 },
    { key: 'achievement', label: t.t('results.col.achievement'), numeric: true, width: 118, render: (v) => (typeof v === 'number' ? t.percent(v / 100, 1) : '') },
    { key: 'status', label: t.t('tracking.status'), width: 142, render: (v) => <StatusLabel status={v} /> },
    { key: 'actuals', label: t.t('results.col.actuals'), width: 106, renderRow: (row) => <Sparkline series={row.series} /> },
  ];
}

/** A segment of the status-by-level chart, clicked: the table lists only its indicators. */
type Drill = { level: ResultLevel; status: ResultStatus } | null;

const LEVELS: readonly string[] = ['output', 'outcome', 'impact'];
const isDrill = (level: string | undefined, status: string | undefined): boolean =>
  level !== undefined && LEVELS.includes(level) && status !== undefined && (RESULT_STATUSES as readonly string[]).includes(status);

export function Results({ filters, version, indicators, project, addFilter }: ViewProps) {
  const t = useT();
  const detail = useApi('results/detail', filters, version);
  const columns = useMemo(() => trackingColumns(t), [t]);
  const cells = useCallback((r: TrackingRow) => trackingCells(r, t), [t]);
  const [open, setOpen] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill>(null);
  const query = useMemo(() => (drill ? { filters, only: drill } : { filters }), [filters, drill]);
  const charts = useMemo(() => {
    const d = detail.value;
    return d ? { status: statusByLevelChart(d, 'screen', t), theme: achievementByThemeChart(d, 'screen', t), region: achievementByRegionChart(d, 'screen', t) } : null;
  }, [detail.value, t]);

  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => {
        if (ind.results.indicators === 0) return <NoResults kind="result-indicators" inDataset={(project?.rows.result_indicators ?? 0) > 0} />;
        const detailBusy = busy || detail.status === 'loading';
        return (
          <div className="view-stack">
            <HeadlineFigures label={t.t('results.figures')} headlines={resultHeadlines(ind, t).filter((h) => h.id.startsWith('results.'))} busy={busy} />
            {detail.status === 'error' && <ErrorState title={t.t('error.tracking')} error={detail.error} onRetry={detail.reload} />}
            {!charts ? (
              detail.status !== 'error' && <Loading text={t.t('loading.tracking')} />
            ) : (
              <>
                <BuiltChart
                  chart={charts.status}
                  busy={detailBusy}
                  height={240}
                  clickHint={t.t('results.hint.segment')}
                  onClick={(p) => {
                    // The chart speaks the app's language: its level and status are found back by their labels.
                    const level = LEVELS.find((l) => t.label('level', l) === p.name);
                    const status = RESULT_STATUSES.find((s) => t.label('resultStatus', s) === p.seriesName);
                    if (isDrill(level, status)) setDrill({ level: level as ResultLevel, status: status as ResultStatus });
                  }}
                />
                <div className="chart-grid">
                  <BuiltChart
                    chart={charts.theme}
                    busy={detailBusy}
                    clickHint={t.t('themes.hint.bar')}
                    onClick={(p) => {
                      const group = detail.value?.byTheme.find((g) => t.label('theme', g.group) === p.name);
                      if (group) addFilter('theme', group.group);
                    }}
                  />
                  <BuiltChart
                    chart={charts.region}
                    busy={detailBusy}
                    clickHint={t.t('regions.hint.bar')}
                    onClick={(p) => {
                      const group = detail.value?.byRegion.find((g) => t.label('region', g.group) === p.name);
                      if (group) addFilter('region', group.group);
                    }}
                  />
                </div>
                <section className="card" aria-labelledby="tracking-title">
                  <header className="card-header">
                    <h3 className="card-title" id="tracking-title">
                      {t.t('results.tracking')}
                    </h3>
                    {drill && (
                      <span className="chip" data-testid="tracking-drill">
                        {t.t('results.drill', { level: t.label('level', drill.level), status: t.label('resultStatus', drill.status) })}
                        <button type="button" className="chip-remove" aria-label={t.t('results.drill.clear')} onClick={() => setDrill(null)}>
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
                      caption={t.t('results.tracking')}
                      columns={columns}
                      sortColumns={TRACKING_SORT_COLUMNS}
                      initialSort={{ column: 'pairing_id', direction: 'asc' }}
                      cells={cells}
                      searchLabel={t.t('results.search')}
                      height={420}
                      busy={busy}
                      emptyText={t.t('results.empty')}
                      showSelected
                      renderSelected={(row) => <TrackingDetail row={row} onOpen={setOpen} />}
                    />
                  </div>
                  <p className="table-note muted">
                    {t.t('results.note')}
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
