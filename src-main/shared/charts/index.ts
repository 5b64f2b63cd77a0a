import type { Indicators } from '../indicators.js';
import { activitiesByTypeChart, actionPlansChart } from './delivery.js';
import { gcomByRegionChart } from './gcom.js';
import { countryMatrixChart, pairingsByRegionChart, regionMatrixChart } from './regions.js';
import { helixMixChart } from './stakeholders.js';
import { themeOverlapChart, themesChart } from './themes.js';
import type { ChartDescriptor, ChartId, ChartMode, ChartOptions } from './types.js';

export type { ChartDescriptor, ChartId, ChartMode, ChartOptions } from './types.js';
export { escapeHtml } from './escape.js';

/** Every builder, in report order (the order of indicators.md). */
export const CHART_BUILDERS: ReadonlyArray<readonly [ChartId, (ind: Indicators, mode: ChartMode) => ChartDescriptor]> = [
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
export function buildCharts(ind: Indicators, options: ChartOptions = {}): ChartDescriptor[] {
  const mode = options.mode ?? 'screen';
  return CHART_BUILDERS.map(([, build]) => build(ind, mode));
}

/** One chart by id. */
export function buildChart(id: ChartId, ind: Indicators, options: ChartOptions = {}): ChartDescriptor {
  const entry = CHART_BUILDERS.find(([key]) => key === id);
  if (!entry) throw new Error(`unknown chart "${id}"`);
  return entry[1](ind, options.mode ?? 'screen');
}

export { activitiesByTypeChart, actionPlansChart, countryMatrixChart, gcomByRegionChart, helixMixChart, pairingsByRegionChart, regionMatrixChart, themeOverlapChart, themesChart };
