import '../charts/echarts-extra.js';
import { buildChart } from '../../src-main/shared/charts/index.js';
import { heatmapCell } from '../charts/clicks.js';
import { IndicatorChart } from '../charts/IndicatorChart.js';
import { useT } from '../i18n/language.js';
import { IndicatorView } from './IndicatorView.js';
import type { ViewProps } from './view-props.js';

export function Themes({ indicators, addFilter, showPairings }: ViewProps) {
  const t = useT();
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => (
        <div className="view-stack">
          <IndicatorChart
            id="themes"
            indicators={ind}
            busy={busy}
            clickHint={t.t('themes.hint.bar')}
            onClick={(p) => {
              const row = ind.themes[p.dataIndex];
              if (row) addFilter('theme', row.theme);
            }}
          />
          <IndicatorChart
            id="theme-overlap"
            indicators={ind}
            busy={busy}
            height={440}
            clickHint={t.t('themes.hint.cell')}
            onClick={(p) => {
              const cell = heatmapCell(buildChart('theme-overlap', ind, { t }).option, p);
              if (!cell) return;
              // The matrix shows themes in the app's language; the filter and search take the data's values.
              const canonical = (shown: string) => ind.themes.find((r) => t.label('theme', r.theme) === shown)?.theme ?? shown;
              addFilter('theme', canonical(cell.y));
              if (cell.x !== cell.y) showPairings(canonical(cell.x));
            }}
          />
        </div>
      )}
    </IndicatorView>
  );
}
