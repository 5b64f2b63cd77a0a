import '../charts/echarts-extra.js';
import { buildChart } from '../../src-main/shared/charts/index.js';
import { heatmapCell } from '../charts/clicks.js';
import { IndicatorChart } from '../charts/IndicatorChart.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';

export function Themes({ indicators, addFilter, showPairings }: ViewProps) {
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => (
        <div className="view-stack">
          <IndicatorChart
            id="themes"
            indicators={ind}
            busy={busy}
            clickHint="Click a bar to filter every view to that theme."
            onClick={(p) => p.name && addFilter('theme', p.name)}
          />
          <IndicatorChart
            id="theme-overlap"
            indicators={ind}
            busy={busy}
            height={440}
            clickHint="Click a cell to filter to its row's theme and list the pairings that also have its column's theme."
            onClick={(p) => {
              const cell = heatmapCell(buildChart('theme-overlap', ind).option, p);
              if (!cell) return;
              addFilter('theme', cell.y);
              if (cell.x !== cell.y) showPairings(cell.x);
            }}
          />
        </div>
      )}
    </IndicatorView>
  );
}
