import type { EChartsOption } from 'echarts';
import { tooltipHtml } from './escape.js';
import { HEAT, MUTED, TEXT, baseOption, labelStyle, shorten } from './style.js';
import type { ChartMode } from './types.js';

type Lines = ReadonlyArray<readonly [string, string]>;

export interface BarSeries {
  name: string;
  values: readonly number[];
  /** Series with the same stack are drawn end to end. */
  stack?: string;
  /** The label drawn at the bar's end, per category; none when absent. */
  labels?: readonly string[];
  /** Label colour, for labels drawn inside a dark bar. */
  labelColor?: string;
  /** The series' colour, where it means something (a status); the palette's otherwise. */
  color?: string;
  /** One colour per category (an SDG goal's, an achievement band's); overrides `color`. */
  colors?: readonly string[];
}

export interface BarSpec {
  mode: ChartMode;
  categories: readonly string[];
  series: readonly BarSeries[];
  valueAxisName: string;
  /** Tooltip lines per category index. */
  tooltip: (index: number) => Lines;
  /** A percent axis (0..1 values), each tick written by this (the translator's percent: "20 %" in French). */
  percentAxis?: (share: number) => string;
  /** Axis label of each category, when the name alone says too little (an SDG code). */
  categoryLabel?: (category: string, index: number) => string;
  /** Widest category label in characters (34 unless told). */
  categoryChars?: number;
}

/**
 * Horizontal bars, first category on top: category names are long (themes, regions) and
 * read best left of the bar. Values are the indicator numbers unchanged.
 */
export function barOption(spec: BarSpec): EChartsOption {
  const { mode, categories } = spec;
  const label = labelStyle(mode);
  // Room right of the longest bar for its end label ("869 (38.3%)"), about 7 px a character.
  const endLabels = spec.series.filter((s) => !s.stack).flatMap((s) => s.labels ?? []);
  const right = Math.max(24, 16 + 7 * Math.max(0, ...endLabels.map((l) => l.length)));
  return {
    ...baseOption(mode),
    legend: spec.series.length > 1 ? { bottom: 0, textStyle: { color: MUTED } } : { show: false },
    grid: { left: 8, right, top: 8, bottom: spec.series.length > 1 ? 56 : 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
        return tooltipHtml(categories[first.dataIndex] ?? '', spec.tooltip(first.dataIndex));
      },
    },
    xAxis: {
      type: 'value',
      name: spec.valueAxisName,
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: MUTED },
      minInterval: spec.percentAxis ? undefined : 1,
      max: spec.percentAxis ? 1 : undefined,
      axisLabel: spec.percentAxis ? { formatter: (v: number) => spec.percentAxis!(v) } : {},
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...categories],
      axisTick: { show: false },
      axisLabel: {
        color: MUTED,
        interval: 0,
        formatter: (c: string, i: number) => shorten(spec.categoryLabel ? spec.categoryLabel(c, i) : c, spec.categoryChars ?? 34),
      },
    },
    series: spec.series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      stack: s.stack,
      data: s.colors ? s.values.map((value, i) => ({ value, itemStyle: { color: s.colors![i] } })) : [...s.values],
      ...(s.color ? { itemStyle: { color: s.color } } : {}),
      barMaxWidth: 28,
      label: s.labels
        ? { show: true, position: s.stack ? ('inside' as const) : ('right' as const), ...label, ...(s.labelColor ? { color: s.labelColor } : {}), formatter: (p: { dataIndex: number }) => s.labels![p.dataIndex] ?? '' }
        : { show: false },
    })),
  };
}

export interface ColumnSpec {
  mode: ChartMode;
  /** In reading order, left to right (years). */
  categories: readonly string[];
  values: readonly number[];
  valueAxisName: string;
  labels?: readonly string[];
  tooltip: (index: number) => Lines;
}

/** Vertical columns: for a time axis, which reads left to right. */
export function columnOption(spec: ColumnSpec): EChartsOption {
  const { mode, categories } = spec;
  return {
    ...baseOption(mode),
    legend: { show: false },
    grid: { left: 8, right: 16, top: 24, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
        return tooltipHtml(categories[first.dataIndex] ?? '', spec.tooltip(first.dataIndex));
      },
    },
    xAxis: { type: 'category', data: [...categories], axisTick: { alignWithLabel: true }, axisLabel: { color: MUTED, hideOverlap: true } },
    yAxis: { type: 'value', name: spec.valueAxisName, nameTextStyle: { color: MUTED, align: 'left' }, minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: spec.valueAxisName,
        data: [...spec.values],
        barMaxWidth: 40,
        label: spec.labels ? { show: true, position: 'top', ...labelStyle(mode), formatter: (p: { dataIndex: number }) => spec.labels![p.dataIndex] ?? '' } : { show: false },
      },
    ],
  };
}

export interface HeatSpec {
  mode: ChartMode;
  x: readonly string[];
  y: readonly string[];
  /** [x index, y index, value]. */
  cells: ReadonlyArray<readonly [number, number, number]>;
  valueName: string;
  /** Colour range: [0, max]. */
  max: number;
  /** Text in a cell; none when absent. */
  cellLabel?: (value: number) => string;
  tooltip: (xIndex: number, yIndex: number, value: number) => { heading: string; lines: Lines };
  /** The colour scale's two ends, high first, in the chart's language; English "more {valueName}" / "fewer" when absent. */
  scaleEnds?: readonly [string, string];
}

/** A matrix heatmap: rows and columns are categories, colour is the value. */
export function heatmapOption(spec: HeatSpec): EChartsOption {
  const { mode } = spec;
  const label = labelStyle(mode);
  const small = spec.x.length > 12;
  const rotate = spec.x.length > 4 && spec.x.some((c) => c.length > 4) ? 40 : 0;
  return {
    ...baseOption(mode),
    grid: { left: 8, right: 16, top: 8, bottom: 56, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const [xi, yi, v] = (params as { value: [number, number, number] }).value;
        const { heading, lines } = spec.tooltip(xi, yi, v);
        return tooltipHtml(heading, lines);
      },
    },
    xAxis: {
      type: 'category',
      data: [...spec.x],
      splitArea: { show: true },
      axisLabel: { color: MUTED, interval: 0, rotate, fontSize: small ? 9 : 11, formatter: (c: string) => shorten(c, 18) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...spec.y],
      splitArea: { show: true },
      axisLabel: { color: MUTED, interval: 0, fontSize: small ? 9 : 11, formatter: (c: string) => shorten(c, 30) },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: Math.max(spec.max, 1e-9),
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      itemWidth: 10,
      text: spec.scaleEnds ? [...spec.scaleEnds] : [`more ${spec.valueName}`, 'fewer'],
      textStyle: { color: MUTED, fontSize: 10 },
      inRange: { color: HEAT },
      show: true,
    },
    series: [
      {
        type: 'heatmap',
        name: spec.valueName,
        // Dark cells get white figures, so a count stays readable at any colour.
        data: spec.cells.map((c) => ({ value: [...c], label: { color: c[2] > spec.max * 0.6 ? '#ffffff' : TEXT } })),
        label: spec.cellLabel
          ? {
              show: true,
              ...label,
              fontSize: small ? 8 : label.fontSize,
              formatter: (p: { value?: unknown }) => spec.cellLabel!((p.value as number[])[2]!),
            }
          : { show: false },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: '#1f2933', borderWidth: 1 } },
      },
    ],
  };
}

/**
 * Cells of a symmetric matrix (a <= b pairs) drawn in both halves, so every row reads as
 * "this category with each other". Categories ordered by their total, then by name.
 */
export function symmetricCells(
  pairs: ReadonlyArray<{ a: string; b: string; value: number }>,
  limit: number,
): { categories: string[]; cells: Array<[number, number, number]>; totalCategories: number } {
  const totals = new Map<string, number>();
  for (const { a, b, value } of pairs) {
    totals.set(a, (totals.get(a) ?? 0) + value);
    if (b !== a) totals.set(b, (totals.get(b) ?? 0) + value);
  }
  const ordered = [...totals.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([k]) => k);
  const categories = ordered.slice(0, limit);
  const index = new Map(categories.map((c, i) => [c, i]));
  const cells: Array<[number, number, number]> = [];
  for (const { a, b, value } of pairs) {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) continue;
    cells.push([ia, ib, value]);
    if (ia !== ib) cells.push([ib, ia, value]);
  }
  return { categories, cells, totalCategories: ordered.length };
}
