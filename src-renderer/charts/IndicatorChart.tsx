import { type ReactNode, useMemo } from 'react';
import { type IndicatorChartId, buildChart } from '../../src-main/shared/charts/index.js';
import type { DashboardIndicators } from '../../src-main/shared/indicators.js';
import { useT } from '../i18n/language.js';
import { ChartCard } from './ChartCard.js';
import type { ChartClick } from './EChart.js';

interface Props {
  id: IndicatorChartId;
  indicators: DashboardIndicators;
  busy?: boolean;
  height?: number;
  clickHint?: string;
  onClick?: (params: ChartClick) => void;
  children?: ReactNode;
}

/** One indicator chart exactly as the exports draw it (the shared builder), made interactive here. */
export function IndicatorChart({ id, indicators, busy, height, clickHint, onClick, children }: Props) {
  const t = useT();
  // A new language is a new option: the chart redraws its titles, axes, legends and tooltips.
  const chart = useMemo(() => buildChart(id, indicators, { mode: 'screen', t }), [id, indicators, t]);
  return (
    <ChartCard
      id={id}
      title={chart.title}
      howMeasured={chart.howMeasured}
      option={chart.option}
      empty={chart.empty}
      height={height ?? Math.min(Math.max(chart.size.height, 260), 460)}
      clickHint={clickHint}
      onClick={onClick}
      busy={busy}
    >
      {children}
    </ChartCard>
  );
}
