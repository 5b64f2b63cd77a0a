import type { ReactNode } from 'react';
import type { ChartDescriptor } from '../../src-main/shared/charts/index.js';
import { ChartCard } from './ChartCard.js';
import type { ChartClick } from './EChart.js';

interface Props {
  chart: ChartDescriptor;
  busy?: boolean;
  height?: number;
  clickHint?: string;
  onClick?: (params: ChartClick) => void;
  children?: ReactNode;
}

/** A chart from a shared builder, drawn as the reports draw it, made interactive here. */
export function BuiltChart({ chart, busy, height, clickHint, onClick, children }: Props) {
  return (
    <ChartCard
      id={chart.id}
      title={chart.title}
      howMeasured={chart.howMeasured}
      option={chart.option}
      empty={chart.empty}
      emptyText={chart.empty ? chart.title : undefined}
      height={height ?? Math.min(Math.max(chart.size.height, 240), 460)}
      clickHint={clickHint}
      onClick={onClick}
      busy={busy}
    >
      {children}
    </ChartCard>
  );
}
