import type { EChartsOption } from 'echarts';
import { useMemo, useState } from 'react';
import type { PairingCoverage } from '../../src-main/shared/api-contract.js';
import { escapeHtml } from '../../src-main/shared/charts/index.js';
import { FONT_FAMILY, PALETTE, TEXT } from '../../src-main/shared/charts/style.js';
import { howMeasured } from '../../src-main/shared/methodology.js';
import { useApi } from '../api/use-api.js';
import { ChartCard } from '../charts/ChartCard.js';
import { IndicatorChart } from '../charts/IndicatorChart.js';
import { LocalTable } from '../components/DataTable.js';
import { ErrorState, Loading } from '../components/States.js';
import { formatPercent, plural } from '../lib/format.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

const EVENNESS_BINS = ['0–0.2', '0.2–0.4', '0.4–0.6', '0.6–0.8', '0.8–1'];

function barOption(categories: string[], values: number[], axisName: string, total: number): EChartsOption {
  return {
    color: [PALETTE[0]!],
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
    grid: { left: 56, right: 20, top: 24, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number };
        return `<b>${escapeHtml(name)}</b><br/>${escapeHtml(plural(value, 'pairing'))} (${escapeHtml(formatPercent(total === 0 ? 0 : value / total))})`;
      },
    },
    xAxis: { type: 'category', data: categories, name: axisName, nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', name: 'Pairings', minInterval: 1 },
    series: [{ type: 'bar', data: values, barMaxWidth: 48, label: { show: true, position: 'top' } }],
  };
}

function coverageCharts(rows: PairingCoverage[]) {
  const helices = [0, 0, 0, 0, 0];
  const evenness = [0, 0, 0, 0, 0];
  let withStakeholders = 0;
  for (const r of rows) {
    helices[Math.max(0, Math.min(4, r.helices))]! += 1;
    if (r.helices > 0) {
      withStakeholders += 1;
      evenness[Math.min(4, Math.floor(r.evenness * 5))]! += 1;
    }
  }
  const full = helices[4]!;
  return {
    coverage: {
      title:
        rows.length === 0
          ? 'No pairings in this scope'
          : `${plural(full, 'pairing')} of ${rows.length} (${formatPercent(full / rows.length)}) cover all four helices`,
      option: barOption(['0', '1', '2', '3', '4'], helices, 'Helix values covered', rows.length),
    },
    evenness: {
      title:
        withStakeholders === 0
          ? 'No pairing in this scope has stakeholders'
          : `${plural(evenness[3]! + evenness[4]!, 'pairing')} spread participants evenly (evenness 0.6 or more)`,
      option: barOption(EVENNESS_BINS, evenness, "Pielou's evenness of participants", withStakeholders),
      empty: withStakeholders === 0,
    },
  };
}

const COLUMNS = [
  { key: 'pairing_id', label: 'Pairing', width: 110 },
  { key: 'title', label: 'Title' },
  { key: 'helices', label: 'Helices covered', numeric: true, width: 175 },
  { key: 'evenness', label: 'Evenness', numeric: true, width: 110 },
  { key: 'participants', label: 'Participants', numeric: true, width: 120 },
] as const;

export function Stakeholders({ filters, version, indicators, showPairings }: ViewProps) {
  const t = useT();
  const coverage = useApi('stakeholders/coverage', filters, version);
  const charts = useMemo(() => (coverage.value ? coverageCharts(coverage.value) : null), [coverage.value]);
  // A click on a bar narrows the table to that bar's pairings (a drill-down inside the view).
  const [drill, setDrill] = useState<{ label: string; keep: (r: PairingCoverage) => boolean } | null>(null);
  const rows = useMemo(
    () => (coverage.value ?? []).filter((r) => !drill || drill.keep(r)).map((r) => [r.pairing_id, r.title, r.helices, r.evenness, r.participants]),
    [coverage.value, drill],
  );
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => (
        <div className="view-stack">
          <IndicatorChart id="helix-mix" indicators={ind} busy={busy} />
          {coverage.value === undefined ? (
            coverage.status === 'error' ? (
              <ErrorState title={t.t('error.coverage')} error={coverage.error} onRetry={coverage.reload} />
            ) : (
              <Loading text={t.t('loading.coverage')} />
            )
          ) : (
            charts && (
              <>
                <div className="chart-grid">
                  <ChartCard
                    id="helix-coverage"
                    title={charts.coverage.title}
                    howMeasured={howMeasured(['stakeholderMix.quadrupleHelixShare', 'stakeholderMix.meanHelixCoverage'])}
                    option={charts.coverage.option}
                    empty={(coverage.value ?? []).length === 0}
                    height={280}
                    busy={coverage.status === 'loading'}
                    clickHint="Click a bar to list those pairings in the table below."
                    onClick={(p) => {
                      const k = p.dataIndex;
                      setDrill({ label: `covering ${k} helix value${k === 1 ? '' : 's'}`, keep: (r) => r.helices === k });
                    }}
                  />
                  <ChartCard
                    id="helix-evenness"
                    title={charts.evenness.title}
                    howMeasured={howMeasured(['stakeholderMix.meanEvenness'])}
                    option={charts.evenness.option}
                    empty={charts.evenness.empty}
                    height={280}
                    busy={coverage.status === 'loading'}
                    clickHint="Click a bar to list those pairings in the table below."
                    onClick={(p) => {
                      const bin = p.dataIndex;
                      setDrill({
                        label: `with evenness ${EVENNESS_BINS[bin]}`,
                        keep: (r) => r.helices > 0 && Math.min(4, Math.floor(r.evenness * 5)) === bin,
                      });
                    }}
                  />
                </div>
                <section className="card">
                  <header className="card-header">
                    <h3 className="card-title">Coverage and evenness of each pairing</h3>
                    {drill && (
                      <span className="chip" data-testid="coverage-drill">
                        Pairings {drill.label}
                        <button type="button" className="chip-remove" aria-label="Show every pairing" onClick={() => setDrill(null)}>
                          ×
                        </button>
                      </span>
                    )}
                  </header>
                  <LocalTable
                    name="stakeholder-coverage"
                    caption="Coverage and evenness of each pairing"
                    columns={COLUMNS}
                    rows={rows}
                    initialSort={{ column: 'helices', direction: 'asc' }}
                    height={320}
                    onActivateRow={(row) => {
                      const id = row[0];
                      if (typeof id === 'string') showPairings(id);
                    }}
                  />
                </section>
              </>
            )
          )}
        </div>
      )}
    </IndicatorView>
  );
}
