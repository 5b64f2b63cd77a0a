import '../charts/echarts-extra.js';
import { buildChart } from '../../src-main/shared/charts/index.js';
import { heatmapCell } from '../charts/clicks.js';
import { IndicatorChart } from '../charts/IndicatorChart.js';
import { WorldMap } from '../charts/WorldMap.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';

export function Regions({ filters, version, indicators, addFilter, showPairings }: ViewProps) {
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => (
        <div className="view-stack">
          <div className="chart-grid">
            <IndicatorChart
              id="pairings-by-region"
              indicators={ind}
              busy={busy}
              clickHint="Click a bar to filter every view to that region."
              onClick={(p) => p.name && addFilter('region', p.name)}
            />
            <IndicatorChart
              id="region-matrix"
              indicators={ind}
              busy={busy}
              clickHint="Click a cell to filter to its row's region."
              onClick={(p) => {
                const cell = heatmapCell(buildChart('region-matrix', ind).option, p);
                if (cell) addFilter('region', cell.y);
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
