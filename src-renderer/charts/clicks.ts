import type { EChartsOption } from 'echarts';
import type { ChartClick } from './EChart.js';

/** The row and column names of a clicked heatmap cell (`value` is [x index, y index, value]). */
export function heatmapCell(option: EChartsOption, click: ChartClick): { x: string; y: string } | null {
  const value = click.value as unknown;
  if (!Array.isArray(value) || value.length < 2) return null;
  const axis = (a: unknown) => (Array.isArray(a) ? a[0] : a) as { data?: unknown[] } | undefined;
  const x = axis(option.xAxis)?.data?.[value[0] as number];
  const y = axis(option.yAxis)?.data?.[value[1] as number];
  const name = (v: unknown) => (typeof v === 'object' && v !== null && 'value' in v ? String((v as { value: unknown }).value) : String(v));
  return x === undefined || y === undefined ? null : { x: name(x), y: name(y) };
}
