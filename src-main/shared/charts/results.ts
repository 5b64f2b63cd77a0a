import { RESULT_LEVELS } from '../domain.js';
import type { Translator } from '../i18n/index.js';
import { howMeasured } from '../methodology.js';
import { type AchievementGroup, RESULT_STATUSES, type ResultStatus, type ResultsDetail } from '../results.js';
import { barOption } from './shapes.js';
import { TEXT, emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode, ResultsChartId } from './types.js';
import { ENGLISH, countText } from './words.js';

/**
 * One colour per status, the same in charts, the tracking table and the workbook: the
 * Okabe-Ito green / orange / vermillion for the three assessed states (told apart without
 * red-green vision), blue for qualitative, greys for the states that cannot be assessed.
 * The status word is always written beside the colour.
 */
export const STATUS_COLOURS: Readonly<Record<ResultStatus, string>> = {
  'on track': '#009E73',
  'at risk': '#E69F00',
  'off track': '#D55E00',
  'no actual': '#C9CFD8',
  'no target': '#AEB7C2',
  'no baseline': '#8A96A6',
  'no change targeted': '#667180',
  qualitative: '#56B4E9',
};

/** Text drawn on a status colour: dark on the light ones, white on the dark ones. */
export const STATUS_TEXT: Readonly<Record<ResultStatus, string>> = {
  'on track': '#ffffff',
  'at risk': TEXT,
  'off track': '#ffffff',
  'no actual': TEXT,
  'no target': TEXT,
  'no baseline': '#ffffff',
  'no change targeted': '#ffffff',
  qualitative: TEXT,
};

/** The status band a (rounded) achievement falls in (results.md section 3). */
export function achievementBand(achievement: number): 'on track' | 'at risk' | 'off track' {
  return achievement >= 90 ? 'on track' : achievement >= 75 ? 'at risk' : 'off track';
}

/** An achievement in percent points, as the translator's language prints it: 92.5 -> "92.5%" (fr "92,5 %"). */
export function formatAchievement(points: number, t: Translator = ENGLISH): string {
  return t.percent(points / 100, 1);
}

const ASSESSED: readonly ResultStatus[] = ['on track', 'at risk', 'off track'];

function descriptor(id: ResultsChartId, indicators: string[], height: number, t: Translator) {
  return { id, family: 'results', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height } } as const;
}

/** Indicators per level, stacked by status: where the programme is on track and where it is not. */
export function statusByLevelChart(detail: ResultsDetail, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const base = descriptor('results-status-by-level', ['results.byLevelStatus', 'results.status', 'results.onTrackShare'], 240, t);
  const count = (level: string, status: ResultStatus) =>
    detail.byLevelStatus.filter((r) => r.level === level && r.status === status).reduce((s, r) => s + r.indicators, 0);
  const total = detail.byLevelStatus.reduce((s, r) => s + r.indicators, 0);
  if (total === 0) return { ...base, title: t.t('noResults.indicators.none.scope'), option: emptyOption(mode, t.t('noResults.indicators.none.scope')), empty: true };
  const levels = [...RESULT_LEVELS];
  const statuses = RESULT_STATUSES.filter((st) => levels.some((l) => count(l, st) > 0));
  const perLevel = levels.map((l) => statuses.reduce((s, st) => s + count(l, st), 0));
  const assessed = (l: string) => ASSESSED.reduce((s, st) => s + count(l, st), 0);
  const allAssessed = levels.reduce((s, l) => s + assessed(l), 0);
  const onTrack = levels.reduce((s, l) => s + count(l, 'on track'), 0);
  let title: string;
  if (allAssessed === 0) {
    const top = [...statuses].sort((a, b) => levels.reduce((s, l) => s + count(l, b), 0) - levels.reduce((s, l) => s + count(l, a), 0))[0]!;
    title = t.t('chart.results.unassessed', { count: total, status: t.label('resultStatus', top) });
  } else {
    const shares = levels.filter((l) => assessed(l) > 0).map((l) => ({ level: l, share: count(l, 'on track') / assessed(l) }));
    const low = [...shares].sort((a, b) => a.share - b.share)[0]!;
    title =
      t.t('chart.results.onTrack', { part: onTrack, whole: allAssessed, share: t.percent(onTrack / allAssessed) }) +
      (shares.length > 1 && low.share < onTrack / allAssessed ? t.t('chart.results.lag', { level: t.label('level', low.level), share: t.percent(low.share) }) : '');
  }
  // A count inside a segment narrower than its text would spill into its neighbour: left out.
  const widest = Math.max(...perLevel);
  const inside = (v: number) => (v > 0 && (v / widest) * 420 >= countText(t, v).length * 7 + 6 ? countText(t, v) : '');
  return {
    ...base,
    title,
    empty: false,
    option: barOption({
      mode,
      categories: levels.map((l) => t.label('level', l)),
      valueAxisName: t.t('chart.results.axis'),
      series: statuses.map((st) => ({
        name: t.label('resultStatus', st),
        stack: 'status',
        color: STATUS_COLOURS[st],
        labelColor: STATUS_TEXT[st],
        values: levels.map((l) => count(l, st)),
        labels: levels.map((l) => inside(count(l, st))),
      })),
      tooltip: (i) => {
        const level = levels[i]!;
        return [
          [t.t('chart.results.indicators'), countText(t, perLevel[i]!)],
          ...statuses.filter((st) => count(level, st) > 0).map((st) => [t.label('resultStatus', st), countText(t, count(level, st))] as const),
        ];
      },
    }),
  };
}

function achievementChart(id: ResultsChartId, groups: readonly AchievementGroup[], noun: 'theme' | 'region', mode: ChartMode, t: Translator): ChartDescriptor {
  const name = (group: string) => t.label(noun, group);
  const points = (value: number) => t.percent(value / 100, 1);
  const definitions = [noun === 'theme' ? 'results.byTheme' : 'results.byRegion', 'results.achievement'];
  const shown = groups
    .filter((g): g is AchievementGroup & { medianAchievement: number } => g.medianAchievement !== null)
    .sort((a, b) => b.medianAchievement - a.medianAchievement || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  const base = descriptor(id, definitions, Math.max(200, 70 + shown.length * 34), t);
  if (shown.length === 0) {
    const none = t.t('chart.achievement.none.title', { noun });
    return { ...base, title: none, option: emptyOption(mode, t.t('chart.achievement.none')), empty: true };
  }
  const top = shown[0]!;
  const bottom = shown[shown.length - 1]!;
  const Noun = t.t(noun === 'theme' ? 'filters.theme' : 'filters.region');
  const title =
    shown.length === 1
      ? t.t('chart.achievement.one', { group: name(top.group), median: points(top.medianAchievement), count: top.indicators })
      : t.t('chart.achievement.many', { top: name(top.group), high: points(top.medianAchievement), bottom: name(bottom.group), low: points(bottom.medianAchievement) });
  return {
    ...base,
    title,
    empty: false,
    option: barOption({
      mode,
      categories: shown.map((g) => name(g.group)),
      valueAxisName: t.t('chart.achievement.axis'),
      series: [
        {
          name: t.t('chart.achievement.median'),
          values: shown.map((g) => g.medianAchievement),
          colors: shown.map((g) => STATUS_COLOURS[achievementBand(g.medianAchievement)]),
          labels: shown.map((g) => `${points(g.medianAchievement)} (${countText(t, g.indicators)})`),
        },
      ],
      tooltip: (i) => {
        const g = shown[i]!;
        return [
          [Noun, name(g.group)],
          [t.t('chart.achievement.median'), points(g.medianAchievement)],
          [t.t('chart.achievement.count'), countText(t, g.indicators)],
          [t.label('resultStatus', 'on track'), countText(t, g.onTrack)],
          [t.label('resultStatus', 'at risk'), countText(t, g.atRisk)],
          [t.label('resultStatus', 'off track'), countText(t, g.offTrack)],
        ];
      },
    }),
  };
}

/** Median achievement of the indicators of each theme's pairings. */
export function achievementByThemeChart(detail: ResultsDetail, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  return achievementChart('results-achievement-by-theme', detail.byTheme, 'theme', mode, t);
}

/** Median achievement of the indicators measured in each region (results.md, "byRegion" of the Results view). */
export function achievementByRegionChart(detail: ResultsDetail, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  return achievementChart('results-achievement-by-region', detail.byRegion, 'region', mode, t);
}

/** Every Results chart, in report order. */
export function buildResultCharts(detail: ResultsDetail, mode: ChartMode = 'screen', t: Translator = ENGLISH): ChartDescriptor[] {
  return [statusByLevelChart(detail, mode, t), achievementByThemeChart(detail, mode, t), achievementByRegionChart(detail, mode, t)];
}
