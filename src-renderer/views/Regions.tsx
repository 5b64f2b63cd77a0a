import '../charts/echarts-extra.js';
import { buildChart } from '../../src-main/shared/charts/index.js';
import { heatmapCell } from '../charts/clicks.js';
import { IndicatorChart } from '../charts/IndicatorChart.js';
import { WorldMap } from '../charts/WorldMap.js';
import { useT } from '../i18n/language.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';

export function Regions({ filters, version, indicators, addFilter, showPairings }: ViewProps) {
  const t = useT();
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => (
        <div className="view-stack">
          <div className="chart-grid">
            <IndicatorChart
              id="pairings-by-region"
              indicators={ind}
              busy={busy}
              clickHint={t.t('regions.hint.bar')}
              onClick={(p) => {
                const row = ind.pairingsByRegion[p.dataIndex];
                if (row) addFilter('region', row.region);
              }}
            />
            <IndicatorChart
              id="region-matrix"
              indicators={ind}
              busy={busy}
              clickHint={t.t('regions.hint.cell')}
              onClick={(p) => {
                const cell = heatmapCell(buildChart('region-matrix', ind, { t }).option, p);
                // The matrix shows regions in the app's language; the filter takes the data's value.
                const region = ind.regionMatrix.flatMap((c) => [c.a, c.b]).find((r) => t.label('region', r) === cell?.y);
                if (region) addFilter('region', region);
              }}
            />
          </div>
          <WorldMap filters={filters} version={version} onCity={(name) => showPairings(name)} />
          <IndicatorChart id="country-matrix" indicators={ind} busy={busy} height={440} />
        </div>
      )}
    </IndicatorView>
  );
}
