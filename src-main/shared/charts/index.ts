import type { Translator } from '../i18n/index.js';
import type { DashboardIndicators } from '../indicators.js';
import { activitiesByTypeChart, actionPlansChart } from './delivery.js';
import { gcomByRegionChart } from './gcom.js';
import { countryMatrixChart, pairingsByRegionChart, regionMatrixChart } from './regions.js';
import { helixMixChart } from './stakeholders.js';
import { themeOverlapChart, themesChart } from './themes.js';
import type { ChartDescriptor, ChartMode, ChartOptions, IndicatorChartId } from './types.js';

export type { ChartDescriptor, ChartId, ChartMode, ChartOptions, IndicatorChartId, OutcomesChartId, ResultsChartId } from './types.js';
export { escapeHtml } from './escape.js';

/** Every builder, in report order (the order of indicators.md). */
export const CHART_BUILDERS: ReadonlyArray<readonly [IndicatorChartId, (ind: DashboardIndicators, mode: ChartMode, t?: Translator) => ChartDescriptor]> = [
  ['pairings-by-region', pairingsByRegionChart],
  ['region-matrix', regionMatrixChart],
  ['country-matrix', countryMatrixChart],
  ['themes', themesChart],
  ['theme-overlap', themeOverlapChart],
  ['helix-mix', helixMixChart],
  ['gcom-by-region', gcomByRegionChart],
  ['action-plans', actionPlansChart],
  ['activities-by-type', activitiesByTypeChart],
];

/** All indicator charts for one result. */
export function buildCharts(ind: DashboardIndicators, options: ChartOptions = {}): ChartDescriptor[] {
  const mode = options.mode ?? 'screen';
  return CHART_BUILDERS.map(([, build]) => build(ind, mode, options.t));
}

/** One chart by id. */
export function buildChart(id: IndicatorChartId, ind: DashboardIndicators, options: ChartOptions = {}): ChartDescriptor {
  const entry = CHART_BUILDERS.find(([key]) => key === id);
  if (!entry) throw new Error(`unknown chart "${id}"`);
  return entry[1](ind, options.mode ?? 'screen', options.t);
}

export { activitiesByTypeChart, actionPlansChart, countryMatrixChart, gcomByRegionChart, helixMixChart, pairingsByRegionChart, regionMatrixChart, themeOverlapChart, themesChart };
// The results and outcomes builders are imported from results.ts and outcomes.ts themselves:
// re-exported here they would put the 169 SDG target titles in the dashboard's first bundle.
