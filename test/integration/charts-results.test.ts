import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { resultsDetail } from '../../src-main/core/queries/results-detail.js';
import type { Project } from '../../src-main/core/store/project.js';
import type { ChartDescriptor } from '../../src-main/shared/charts/index.js';
import {
  SDG_CHART_LIMIT,
  SDG_GOAL_COLOURS,
  buildOutcomeCharts,
  outcomesByHelixChart,
  outcomesByTypeChart,
  outcomesByYearChart,
  sdgGoalColour,
  sdgTarget,
  sdgTargetsChart,
} from '../../src-main/shared/charts/outcomes.js';
import {
  STATUS_COLOURS,
  achievementBand,
  achievementByRegionChart,
  achievementByThemeChart,
  buildResultCharts,
  formatAchievement,
  statusByLevelChart,
} from '../../src-main/shared/charts/results.js';
import { RESULT_LEVELS } from '../../src-main/shared/domain.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';
import { DEFINITIONS } from '../../src-main/shared/methodology.js';
import type { ResultsDetail } from '../../src-main/shared/results.js';
import { REPO } from '../helpers/cli.js';
import { importedProject } from '../helpers/programme.js';

const SAMPLE = `${REPO}sample-data/iuc-programme.xlsx`;
const NOTHING: Filters = { theme: ['no theme has this name'] };

type Bar = { type: string; name: string; stack?: string; itemStyle?: { color?: string }; data: Array<number | { value: number; itemStyle: { color: string } }>; label: { formatter?: (p: { dataIndex: number }) => string } };
const series = (c: ChartDescriptor) => c.option.series as unknown as Bar[];
const values = (s: Bar) => s.data.map((d) => (typeof d === 'number' ? d : d.value));
const categories = (c: ChartDescriptor) => (c.option.yAxis as { data: string[] }).data;
const tooltip = (c: ChartDescriptor, index: number) => (c.option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: index }]);

let project: Project;
let ind: Indicators;
let detail: ResultsDetail;
let empty: Indicators;
let emptyDetail: ResultsDetail;
beforeAll(async () => {
  project = await importedProject([SAMPLE]);
  ind = await project.withConnection((c) => computeIndicators(c, {}));
  detail = await project.withConnection((c) => resultsDetail(c, {}));
  empty = await project.withConnection((c) => computeIndicators(c, NOTHING));
  emptyDetail = await project.withConnection((c) => resultsDetail(c, NOTHING));
});
afterAll(() => project?.close());

describe('results and outcomes chart builders over the sample programme', () => {
  test('every chart drawn, each explained by results.md through methodology.ts', () => {
    const charts = [...buildResultCharts(detail), ...buildOutcomeCharts(ind)];
    expect(charts.map((c) => c.id)).toEqual([
      'results-status-by-level', 'results-achievement-by-theme', 'results-achievement-by-region',
      'outcomes-by-type', 'outcomes-by-year', 'outcomes-by-helix', 'sdg-targets',
    ]);
    const known = new Map(DEFINITIONS.map((d) => [d.id, d]));
    for (const c of charts) {
      expect(c.empty, c.id).toBe(false);
      expect(c.family, c.id).toBe(c.id.startsWith('results') ? 'results' : 'outcomes');
      for (const id of c.indicators) {
        expect(known.has(id), `${c.id}: ${id}`).toBe(true);
        expect(c.howMeasured).toContain(known.get(id)!.definition);
      }
    }
  });

  test('status by level: one stacked series per status present, adding up to the indicators of each level', () => {
    const c = statusByLevelChart(detail, 'screen');
    expect(categories(c)).toEqual([...RESULT_LEVELS]);
    const s = series(c);
    for (const bar of s) {
      expect(bar.stack).toBe('status');
      expect(bar.itemStyle?.color).toBe(STATUS_COLOURS[bar.name as keyof typeof STATUS_COLOURS]);
    }
    const perLevel = RESULT_LEVELS.map((_, i) => s.reduce((sum, bar) => sum + values(bar)[i]!, 0));
    expect(perLevel).toEqual(RESULT_LEVELS.map((l) => ind.results.byLevel.find((b) => b.level === l)!.indicators));
    const onTrack = values(s.find((b) => b.name === 'on track')!).reduce((a, b) => a + b, 0);
    expect(onTrack).toBe(ind.results.byStatus.onTrack);
    const assessed = ind.results.byStatus.onTrack + ind.results.byStatus.atRisk + ind.results.byStatus.offTrack;
    expect(c.title).toContain(`${onTrack} of ${assessed} assessed indicators`);
    expect(c.title).toContain(`${Math.round(ind.results.onTrackShare * 1000) / 10}%`);
  });

  test('achievement by theme and region: bars are the medians, coloured by their status band, best first', () => {
    for (const [c, groups] of [
      [achievementByThemeChart(detail, 'screen'), detail.byTheme],
      [achievementByRegionChart(detail, 'screen'), detail.byRegion],
    ] as const) {
      const withMedian = groups.filter((g) => g.medianAchievement !== null);
      const bar = series(c)[0]!;
      expect(categories(c)).toHaveLength(withMedian.length);
      const medians = values(bar);
      expect(medians).toEqual([...medians].sort((a, b) => b - a));
      categories(c).forEach((group, i) => {
        const g = groups.find((x) => x.group === group)!;
        expect(medians[i]).toBe(g.medianAchievement);
        expect((bar.data[i] as { itemStyle: { color: string } }).itemStyle.color).toBe(STATUS_COLOURS[achievementBand(g.medianAchievement!)]);
        expect(bar.label.formatter!({ dataIndex: i })).toBe(`${formatAchievement(g.medianAchievement!)} (${g.indicators})`);
      });
      expect(c.title).toContain(categories(c)[0]!);
    }
  });

  test('outcomes by type: high plus the rest make each type\'s outcomes; the title names the commonest', () => {
    const c = outcomesByTypeChart(ind, 'screen');
    const [high, rest] = series(c);
    expect(categories(c)).toEqual(ind.outcomes.byType.map((t) => t.type));
    expect(values(high!)).toEqual(ind.outcomes.byType.map((t) => t.high));
    expect(values(high!).map((v, i) => v + values(rest!)[i]!)).toEqual(ind.outcomes.byType.map((t) => t.outcomes));
    const top = ind.outcomes.byType[0]!;
    expect(c.title.toLowerCase()).toContain(`${top.type} changes`);
    expect(c.title).toContain(`${top.outcomes} of ${ind.outcomes.outcomes} outcomes`);
  });

  test('outcomes by year: every year from the first to the last, the gaps at 0', () => {
    const c = outcomesByYearChart(ind, 'screen');
    const years = (c.option.xAxis as { data: string[] }).data.map(Number);
    const first = ind.outcomes.byYear[0]!.year;
    const last = ind.outcomes.byYear.at(-1)!.year;
    expect(years).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    const drawn = values(series(c)[0]!);
    for (const y of ind.outcomes.byYear) expect(drawn[years.indexOf(y.year)]).toBe(y.outcomes);
    expect(drawn.reduce((a, b) => a + b, 0)).toBe(ind.outcomes.outcomes);
  });

  test('outcomes by helix: the four helix values, the title names the one that changed most', () => {
    const c = outcomesByHelixChart(ind, 'screen');
    expect(categories(c)).toEqual(ind.outcomes.byHelix.map((h) => h.helix));
    expect(values(series(c)[0]!)).toEqual(ind.outcomes.byHelix.map((h) => h.outcomes));
    expect(c.title.toLowerCase()).toContain(ind.outcomes.byHelix[0]!.helix);
  });

  test('SDG targets: the targets named most, in their goal\'s official colour, titled from the SDG list', () => {
    const c = sdgTargetsChart(ind, 'screen');
    const shown = ind.results.sdgTargets.slice(0, SDG_CHART_LIMIT);
    expect(categories(c)).toEqual(shown.map((t) => t.target));
    const bar = series(c)[0]!;
    expect(values(bar)).toEqual(shown.map((t) => t.pairings));
    shown.forEach((t, i) => {
      const goal = sdgTarget(t.target)!.goal;
      expect((bar.data[i] as { itemStyle: { color: string } }).itemStyle.color).toBe(SDG_GOAL_COLOURS[goal - 1]);
      expect(tooltip(c, i)).toContain(sdgTarget(t.target)!.title.slice(0, 40));
    });
    expect(sdgGoalColour(11)).toBe('#FD9D24');
    expect(sdgGoalColour(13)).toBe('#3F7E44');
    expect(c.title).toContain(`Target ${shown[0]!.target}`);
  });

  test('an empty scope draws a note instead of empty plots', () => {
    expect(empty.results.indicators).toBe(0);
    for (const c of [...buildResultCharts(emptyDetail), ...buildOutcomeCharts(empty)]) {
      expect(c.empty, c.id).toBe(true);
      expect(c.option.series, c.id).toBeUndefined();
      expect(c.title.length, c.id).toBeGreaterThan(10);
    }
  });

  test('print mode: static, no label halo', () => {
    for (const c of [...buildResultCharts(detail, 'print'), ...buildOutcomeCharts(ind, 'print')]) {
      expect(c.option.animation, c.id).toBe(false);
      for (const s of series(c)) expect((s.label as { textBorderWidth?: number }).textBorderWidth ?? 0, c.id).toBe(0);
    }
  });

  test('tooltips escape imported text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const groups = [{ group: hostile, indicators: 2, medianAchievement: 95, onTrack: 2, atRisk: 0, offTrack: 0 }];
    const c = achievementByThemeChart({ ...detail, byTheme: groups }, 'screen');
    const html = tooltip(c, 0);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
