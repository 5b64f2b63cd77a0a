import type { Comparison } from '../compare.js';
import { formatCount, formatPercent } from '../format.js';
import type { Indicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption } from './shapes.js';
import { PALETTE, emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode, CompareChartId } from './types.js';

/** Beyond this many groups the bars of one category stop being readable: the charts draw the largest. */
export const COMPARE_CHART_GROUPS = PALETTE.length;

interface Metric {
  id: CompareChartId;
  family: ChartDescriptor['family'];
  indicators: string[];
  what: string;
  axis: string;
  percent: boolean;
  /** Category -> value of one group; categories in the order the first group lists them. */
  values: (ind: Indicators) => Array<[string, number]>;
  format: (value: number) => string;
}

const pp = (value: number) => `${(Math.round(value * 10) / 10).toString()}%`;

const METRICS: readonly Metric[] = [
  {
    id: 'compare-pairings-by-region', family: 'regions', indicators: ['pairingsByRegion.pairings'], what: 'Pairings by region', axis: 'Pairings', percent: false,
    values: (ind) => ind.pairingsByRegion.map((r) => [r.region, r.pairings]), format: formatCount,
  },
  {
    id: 'compare-themes', family: 'themes', indicators: ['themes'], what: 'Pairings by theme', axis: 'Pairings', percent: false,
    values: (ind) => ind.themes.map((t) => [t.theme, t.pairings]), format: formatCount,
  },
  {
    id: 'compare-helix-mix', family: 'stakeholders', indicators: ['stakeholderMix.byHelix'], what: 'Helix mix (share of participants)', axis: 'Share of participants', percent: true,
    values: (ind) => ind.stakeholderMix.byHelix.map((h) => [h.helix, h.share]), format: formatPercent,
  },
  {
    id: 'compare-gcom', family: 'gcom', indicators: ['gcom.share', 'gcom.byRegion'], what: 'GCoM signatory share', axis: 'Signatory share', percent: true,
    values: (ind) => [['All regions', ind.gcom.share], ...ind.gcom.byRegion.map((r): [string, number] => [r.region, r.share])], format: formatPercent,
  },
  {
    id: 'compare-results', family: 'results', indicators: ['results.onTrackShare', 'results.medianAchievement', 'outcomes.meanReciprocity'],
    what: 'Results: on-track share, median achievement and reciprocity', axis: 'Percent', percent: false,
    values: (ind) => {
      const out: Array<[string, number]> = [];
      const achieved = ind.results.byStatus.onTrack + ind.results.byStatus.atRisk + ind.results.byStatus.offTrack;
      if (achieved > 0) out.push(['On-track share', ind.results.onTrackShare * 100]);
      if (ind.results.medianAchievement !== null) out.push(['Median achievement', ind.results.medianAchievement]);
      if (ind.outcomes.meanReciprocity !== null) out.push(['Mean reciprocity (x100)', ind.outcomes.meanReciprocity * 100]);
      return out;
    },
    format: pp,
  },
];

/** Does any group have results or outcomes? The results chart is drawn only then. */
export const comparisonHasResults = (comparison: Comparison) =>
  comparison.groups.some((g) => g.indicators.results.indicators > 0 || g.indicators.outcomes.outcomes > 0);

function metricChart(metric: Metric, comparison: Comparison, mode: ChartMode): ChartDescriptor {
  const groups = comparison.groups.slice(0, COMPARE_CHART_GROUPS);
  const perGroup = groups.map((g) => new Map(metric.values(g.indicators)));
  const categories: string[] = [];
  for (const g of groups) for (const [c] of metric.values(g.indicators)) if (!categories.includes(c)) categories.push(c);
  const base = {
    id: metric.id,
    family: metric.family,
    indicators: metric.indicators,
    howMeasured: howMeasured(metric.indicators),
    size: { width: 640, height: Math.max(220, 60 + categories.length * (14 * groups.length + 10)) },
  } as const;
  const more = comparison.groups.length > groups.length ? ` (the ${groups.length} largest of ${comparison.groups.length} groups)` : '';
  if (categories.length === 0) {
    return { ...base, title: `${metric.what}: none in these groups`, option: emptyOption(mode, 'Nothing to compare'), empty: true };
  }
  return {
    ...base,
    title: `${metric.what}, one bar per ${comparison.by}${more}`,
    empty: false,
    option: barOption({
      mode,
      categories,
      valueAxisName: metric.axis,
      percentAxis: metric.percent,
      series: groups.map((g, i) => ({ name: g.value, values: categories.map((c) => perGroup[i]!.get(c) ?? 0) })),
      tooltip: (index) => groups.map((g, i) => {
        const value = perGroup[i]!.get(categories[index]!);
        return [g.value, value === undefined ? 'n/a' : metric.format(value)] as const;
      }),
    }),
  };
}

/**
 * The grouped bar charts of the Compare view and the reports' comparison section: pairings by
 * region, themes, helix mix, GCoM share, and, when any group has results or outcomes, the
 * on-track share, median achievement and reciprocity. One bar per group in each category.
 */
export function buildCompareCharts(comparison: Comparison, mode: ChartMode = 'screen'): ChartDescriptor[] {
  const metrics = METRICS.filter((m) => m.id !== 'compare-results' || comparisonHasResults(comparison));
  return metrics.map((m) => metricChart(m, comparison, mode));
}
