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
import type { Translator } from '../../src-main/shared/i18n/index.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** Evenness in fifths: each bin's bounds, written in the app's language (0,2 in French). */
const EVENNESS_BINS: ReadonlyArray<readonly [number, number]> = [
  [0, 0.2],
  [0.2, 0.4],
  [0.4, 0.6],
  [0.6, 0.8],
  [0.8, 1],
];

function barOption(t: Translator, categories: string[], values: number[], axisName: string, total: number): EChartsOption {
  return {
    color: [PALETTE[0]!],
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
    grid: { left: 56, right: 20, top: 24, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number };
        return `<b>${escapeHtml(name)}</b><br/>${escapeHtml(t.t('chart.countPairings', { count: value }))} (${escapeHtml(t.percent(total === 0 ? 0 : value / total))})`;
      },
    },
    xAxis: { type: 'category', data: categories, name: axisName, nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', name: t.t('chart.pairings'), minInterval: 1 },
    series: [{ type: 'bar', data: values, barMaxWidth: 48, label: { show: true, position: 'top' } }],
  };
}

function coverageCharts(rows: PairingCoverage[], t: Translator) {
  const bins = EVENNESS_BINS.map(([low, high]) => `${t.number(low, 1)}–${t.number(high, 1)}`);
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
          ? t.t('chart.noPairings')
          : t.t('stakeholders.coverage.title', { part: full, whole: rows.length, share: t.percent(full / rows.length) }),
      option: barOption(t, ['0', '1', '2', '3', '4'], helices, t.t('stakeholders.coverage.axis'), rows.length),
    },
    evenness: {
      title:
        withStakeholders === 0
          ? t.t('stakeholders.evenness.none')
          : t.t('stakeholders.evenness.title', { count: evenness[3]! + evenness[4]!, threshold: t.number(0.6, 1) }),
      option: barOption(t, bins, evenness, t.t('stakeholders.evenness.axis'), withStakeholders),
      empty: withStakeholders === 0,
    },
  };
}

const columns = (t: Translator) =>
  [
    { key: 'pairing_id', label: t.t('tracking.pairing'), width: 160 },
    { key: 'title', label: t.t('tracking.title') },
    { key: 'helices', label: t.t('stakeholders.col.helices'), numeric: true, width: 175 },
    { key: 'evenness', label: t.t('stakeholders.col.evenness'), numeric: true, width: 150 },
    { key: 'participants', label: t.t('chart.participants'), numeric: true, width: 150 },
  ] as const;

export function Stakeholders({ filters, version, indicators, showPairings }: ViewProps) {
  const t = useT();
  const coverage = useApi('stakeholders/coverage', filters, version);
  const charts = useMemo(() => (coverage.value ? coverageCharts(coverage.value, t) : null), [coverage.value, t]);
  const COLUMNS = useMemo(() => columns(t), [t]);
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
                    howMeasured={howMeasured(['stakeholderMix.quadrupleHelixShare', 'stakeholderMix.meanHelixCoverage'], t)}
                    option={charts.coverage.option}
                    empty={(coverage.value ?? []).length === 0}
                    height={280}
                    busy={coverage.status === 'loading'}
                    clickHint={t.t('stakeholders.hint')}
                    onClick={(p) => {
                      const k = p.dataIndex;
                      setDrill({ label: t.t('stakeholders.drill.helices', { count: k }), keep: (r) => r.helices === k });
                    }}
                  />
                  <ChartCard
                    id="helix-evenness"
                    title={charts.evenness.title}
                    howMeasured={howMeasured(['stakeholderMix.meanEvenness'], t)}
                    option={charts.evenness.option}
                    empty={charts.evenness.empty}
                    height={280}
                    busy={coverage.status === 'loading'}
                    clickHint={t.t('stakeholders.hint')}
                    onClick={(p) => {
                      const bin = p.dataIndex;
                      const [low, high] = EVENNESS_BINS[bin] ?? [0, 1];
                      setDrill({
                        label: t.t('stakeholders.drill.evenness', { range: `${t.number(low, 1)}–${t.number(high, 1)}` }),
                        keep: (r) => r.helices > 0 && Math.min(4, Math.floor(r.evenness * 5)) === bin,
                      });
                    }}
                  />
                </div>
                <section className="card">
                  <header className="card-header">
                    <h3 className="card-title">{t.t('stakeholders.table')}</h3>
                    {drill && (
                      <span className="chip" data-testid="coverage-drill">
                        {drill.label}
                        <button type="button" className="chip-remove" aria-label={t.t('stakeholders.drill.clear')} onClick={() => setDrill(null)}>
                          ×
                        </button>
                      </span>
                    )}
                  </header>
                  <LocalTable
                    name="stakeholder-coverage"
                    caption={t.t('stakeholders.table')}
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
