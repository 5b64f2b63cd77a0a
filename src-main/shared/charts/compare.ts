import type { Comparison } from '../compare.js';
import type { AppKey, LabelKind, Translator } from '../i18n/index.js';
import type { Indicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption } from './shapes.js';
import { PALETTE, emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode, CompareChartId } from './types.js';
import { ENGLISH, countText } from './words.js';

/** Beyond this many groups the bars of one category stop being readable: the charts draw the largest. */
export const COMPARE_CHART_GROUPS = PALETTE.length;

interface Metric {
  id: CompareChartId;
  family: ChartDescriptor['family'];
  indicators: string[];
  what: AppKey;
  axis: AppKey;
  percent: boolean;
  /** The kind of canonical value each category is, shown by its label; none when the categories are the chart's own words. */
  kind?: LabelKind;
  /** Category -> value of one group; categories in the order the first group lists them. */
  values: (ind: Indicators) => Array<[string, number]>;
  format: (value: number, t: Translator) => string;
}

/** Percent points (55.3 -> "55.3%"), in the language's way. */
const pp = (value: number, t: Translator) => t.percent(value / 100, 1);
const count = (value: number, t: Translator) => countText(t, value);
const share = (value: number, t: Translator) => t.percent(value);

/** The GCoM chart's first category, the share over every region (a message key, like the results chart's categories). */
const ALL_REGIONS = 'chart.compare.allRegions';

const METRICS: readonly Metric[] = [
  {
    id: 'compare-pairings-by-region', family: 'regions', indicators: ['pairingsByRegion.pairings'], what: 'chart.compare.regions', axis: 'chart.pairings', percent: false, kind: 'region',
    values: (ind) => ind.pairingsByRegion.map((r) => [r.region, r.pairings]), format: count,
  },
  {
    id: 'compare-themes', family: 'themes', indicators: ['themes'], what: 'chart.compare.themes', axis: 'chart.pairings', percent: false, kind: 'theme',
    values: (ind) => ind.themes.map((t) => [t.theme, t.pairings]), format: count,
  },
  {
    id: 'compare-helix-mix', family: 'stakeholders', indicators: ['stakeholderMix.byHelix'], what: 'chart.compare.helix', axis: 'chart.participantsShare', percent: true, kind: 'helix',
    values: (ind) => ind.stakeholderMix.byHelix.map((h) => [h.helix, h.share]), format: share,
  },
  {
    id: 'compare-gcom', family: 'gcom', indicators: ['gcom.share', 'gcom.byRegion'], what: 'chart.compare.gcom', axis: 'chart.compare.gcomAxis', percent: true, kind: 'region',
    values: (ind) => [[ALL_REGIONS, ind.gcom.share], ...ind.gcom.byRegion.map((r): [string, number] => [r.region, r.share])], format: share,
  },
  {
    id: 'compare-results', family: 'results', indicators: ['results.onTrackShare', 'results.medianAchievement', 'outcomes.meanReciprocity'],
    what: 'chart.compare.results', axis: 'chart.compare.percent', percent: false,
    values: (ind) => {
      const out: Array<[string, number]> = [];
      const achieved = ind.results.byStatus.onTrack + ind.results.byStatus.atRisk + ind.results.byStatus.offTrack;
      if (achieved > 0) out.push(['chart.compare.onTrack', ind.results.onTrackShare * 100]);
      if (ind.results.medianAchievement !== null) out.push(['chart.achievement.median', ind.results.medianAchievement]);
      if (ind.outcomes.meanReciprocity !== null) out.push(['chart.compare.reciprocity', ind.outcomes.meanReciprocity * 100]);
      return out;
    },
    format: pp,
  },
];

/** Does any group have results or outcomes? The results chart is drawn only then. */
/** The grouping in words, for "one bar per …". */
const GROUPING_KEYS: Record<Comparison['by'], AppKey> = {
  programme: 'chart.compare.by.programme',
  component: 'chart.compare.by.component',
  region: 'chart.compare.by.region',
  theme: 'chart.compare.by.theme',
  status: 'chart.compare.by.status',
  'start-year': 'chart.compare.by.start-year',
};

/** Groups of canonical values are shown by their labels; programmes and years as they are. */
const GROUP_KINDS: Partial<Record<Comparison['by'], LabelKind>> = { component: 'component', region: 'region', theme: 'theme', status: 'status' };
const groupName = (by: Comparison['by'], value: string, t: Translator) => {
  const kind = GROUP_KINDS[by];
  return kind ? t.label(kind, value) : value;
};

export const comparisonHasResults = (comparison: Comparison) =>
  comparison.groups.some((g) => g.indicators.results.indicators > 0 || g.indicators.outcomes.outcomes > 0);

function metricChart(metric: Metric, comparison: Comparison, mode: ChartMode, t: Translator): ChartDescriptor {
  // Categories are data values (a label of their kind) or, for the results and the all-regions bar, message keys.
  const shown = (category: string) => (category.startsWith('chart.') ? t.t(category as AppKey) : metric.kind ? t.label(metric.kind, category) : category);
  const by = t.t(GROUPING_KEYS[comparison.by]);
  const groups = comparison.groups.slice(0, COMPARE_CHART_GROUPS);
  const perGroup = groups.map((g) => new Map(metric.values(g.indicators)));
  const categories: string[] = [];
  for (const g of groups) for (const [c] of metric.values(g.indicators)) if (!categories.includes(c)) categories.push(c);
  const base = {
    id: metric.id,
    family: metric.family,
    indicators: metric.indicators,
    howMeasured: howMeasured(metric.indicators, t),
    size: { width: 640, height: Math.max(220, 60 + categories.length * (14 * groups.length + 10)) },
  } as const;
  const more = comparison.groups.length > groups.length ? t.t('chart.compare.more', { shown: groups.length, total: comparison.groups.length }) : '';
  if (categories.length === 0) {
    return { ...base, title: t.t('chart.compare.none', { what: t.t(metric.what) }), option: emptyOption(mode, t.t('chart.compare.nothing')), empty: true };
  }
  return {
    ...base,
    title: t.t('chart.compare.title', { what: t.t(metric.what), by }) + more,
    empty: false,
    option: barOption({
      mode,
      categories: categories.map(shown),
      valueAxisName: t.t(metric.axis),
      percentAxis: metric.percent ? (v) => t.percent(v, 0) : undefined,
      series: groups.map((g, i) => ({ name: groupName(comparison.by, g.value, t), values: categories.map((c) => perGroup[i]!.get(c) ?? 0) })),
      tooltip: (index) => groups.map((g, i) => {
        const value = perGroup[i]!.get(categories[index]!);
        return [groupName(comparison.by, g.value, t), value === undefined ? t.t('chart.compare.na') : metric.format(value, t)] as const;
      }),
    }),
  };
}

/**
 * The grouped bar charts of the Compare view and the reports' comparison section: pairings by
 * region, themes, helix mix, GCoM share, and, when any group has results or outcomes, the
 * on-track share, median achievement and reciprocity. One bar per group in each category.
 */
export function buildCompareCharts(comparison: Comparison, mode: ChartMode = 'screen', t: Translator = ENGLISH): ChartDescriptor[] {
  const metrics = METRICS.filter((m) => m.id !== 'compare-results' || comparisonHasResults(comparison));
  return metrics.map((m) => metricChart(m, comparison, mode, t));
}
