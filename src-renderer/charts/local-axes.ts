import type { EChartsOption } from 'echarts';
import type { Translator } from '../../src-main/shared/i18n/index.js';

type Axis = { type?: string; axisLabel?: { formatter?: unknown } & Record<string, unknown> } & Record<string, unknown>;

/**
 * ECharts prints value-axis ticks its own way (1,000 in every language): a value axis without
 * a formatter of its own gets the language's (1 000 in French, 1000 in Spanish). Axes with a
 * formatter (percent axes, category labels) keep theirs.
 */
export function localiseValueAxes(option: EChartsOption, t: Translator): EChartsOption {
  const local = (axis: unknown): unknown => {
    if (Array.isArray(axis)) return axis.map(local);
    const a = axis as Axis | undefined;
    if (!a || a.type !== 'value' || a.axisLabel?.formatter) return axis;
    return { ...a, axisLabel: { ...a.axisLabel, formatter: (value: number) => t.number(value) } };
  };
  if (!option.xAxis && !option.yAxis) return option;
  return { ...option, ...(option.xAxis ? { xAxis: local(option.xAxis) } : {}), ...(option.yAxis ? { yAxis: local(option.yAxis) } : {}) } as EChartsOption;
}
