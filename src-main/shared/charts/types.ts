import type { EChartsOption } from 'echarts';
import type { Translator } from '../i18n/index.js';
import type { IndicatorFamily } from '../methodology.js';

export type ChartMode = 'screen' | 'print';

/** The charts drawn from `indicators --json` alone (CHART_BUILDERS). */
export type IndicatorChartId =
  | 'pairings-by-region'
  | 'region-matrix'
  | 'country-matrix'
  | 'themes'
  | 'theme-overlap'
  | 'helix-mix'
  | 'gcom-by-region'
  | 'action-plans'
  | 'activities-by-type';

/** Charts of results.md: the Results view's need ResultsDetail, so they stay out of CHART_BUILDERS. */
export type ResultsChartId = 'results-status-by-level' | 'results-achievement-by-theme' | 'results-achievement-by-region';
export type OutcomesChartId = 'outcomes-by-type' | 'outcomes-by-year' | 'outcomes-by-helix' | 'sdg-targets';

export type CompareChartId = 'compare-pairings-by-region' | 'compare-themes' | 'compare-helix-mix' | 'compare-gcom' | 'compare-results';
export type NetworkChartId = 'network-hubs';

export type ChartId = IndicatorChartId | ResultsChartId | OutcomesChartId | CompareChartId | NetworkChartId;

export interface ChartOptions {
  /** `screen` animates and fills its container; `print` is static, fixed-size and safe for SVG-to-PDF. */
  mode?: ChartMode;
  /** The language of titles, axes, legends and tooltips; English when absent (the reports' default). */
  t?: Translator;
}

/** One indicator chart: what the dashboard draws and what the exports render, from one builder. */
export interface ChartDescriptor {
  id: ChartId;
  // 'results' and 'outcomes' are named here too so the builders type-check before methodology.ts lists them.
  family: Exclude<IndicatorFamily, 'summary'> | 'results' | 'outcomes';
  /** A sentence stating the finding, e.g. "Europe pairs most often with Latin America & Caribbean (28 of 67 pairings)". */
  title: string;
  /** "How this is measured", from methodology.ts (indicators.md). */
  howMeasured: string;
  /** Indicator ids (methodology.ts) the chart draws. */
  indicators: readonly string[];
  option: EChartsOption;
  /** No data in scope: the option draws a "no data" note instead of an empty plot. */
  empty: boolean;
  /** Size the print mode lays the chart out for (px; the PDF scales it to the column). */
  size: { width: number; height: number };
}
