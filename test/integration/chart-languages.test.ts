/**
 * Charts in the language (issue 15): a percent axis is written the language's way ("20 %" in
 * French and Spanish, with a no-break space; "20%" in English), and the SDG chart names its
 * targets by their titles in the language. On the sample programme, through the same builders
 * the app and the reports call. Expected forms and titles are written here by hand.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EChartsOption } from 'echarts';
import { compareGroups } from '../../src-main/core/compare/compare.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import { buildCompareCharts } from '../../src-main/shared/charts/compare.js';
import { sdgTargetsChart } from '../../src-main/shared/charts/outcomes.js';
import type { Comparison } from '../../src-main/shared/compare.js';
import { translator } from '../../src-main/shared/i18n/index.js';
import type { Indicators } from '../../src-main/shared/indicators.js';
import { REPO } from '../helpers/cli.js';
import { importedProject } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');

let project: Project;
let comparison: Comparison;
let ind: Indicators;
beforeAll(async () => {
  project = await importedProject([SAMPLE]);
  comparison = await project.withConnection((c) => compareGroups(c, 'programme'));
  ind = await project.withConnection((c) => computeIndicators(c, {}));
}, 120_000);
afterAll(() => project.close());

type AxisFormatter = (value: number) => string;
const valueAxisFormatter = (option: EChartsOption) => (option.xAxis as { axisLabel: { formatter?: AxisFormatter } }).axisLabel.formatter;

describe('percent axes of the Compare charts', () => {
  test.each([
    ['en', /^20%$/, /^100%$/],
    ['fr', /^20[\u00a0\u202f]%$/, /^100[\u00a0\u202f]%$/],
    ['es', /^20[\u00a0\u202f]%$/, /^100[\u00a0\u202f]%$/],
  ] as const)('%s', (language, twenty, hundred) => {
    const charts = buildCompareCharts(comparison, 'screen', translator(language));
    // The helix mix and GCoM charts draw shares 0..1.
    const percent = charts.filter((c) => c.id === 'compare-helix-mix' || c.id === 'compare-gcom');
    expect(percent.map((c) => c.id).sort()).toEqual(['compare-gcom', 'compare-helix-mix']);
    for (const chart of percent) {
      const format = valueAxisFormatter(chart.option);
      expect(format, chart.id).toBeTypeOf('function');
      expect(format!(0.2)).toMatch(twenty);
      expect(format!(1)).toMatch(hundred);
    }
    // A count axis keeps ECharts' own labels.
    expect(valueAxisFormatter(charts.find((c) => c.id === 'compare-pairings-by-region')!.option)).toBeUndefined();
  });
});

describe('the SDG chart names targets in the language', () => {
  // 13.2 is among the sample's targets (its result indicators and outcomes name it).
  test.each([
    ['en', 'Integrate climate change measures into national policies, strategies and planning'],
    ['fr', 'Incorporer des mesures relatives aux changements climatiques dans les politiques, les stratégies et la planification nationales'],
    ['es', 'Incorporar medidas relativas al cambio climático en las políticas, estrategias y planes nacionales'],
  ] as const)('%s', (language, title) => {
    const chart = sdgTargetsChart(ind, 'screen', translator(language));
    const option = chart.option as { yAxis: { data: string[]; axisLabel: { formatter: (c: string, i: number) => string } }; tooltip: { formatter: (p: unknown) => string } };
    const index = option.yAxis.data.indexOf('13.2');
    expect(index).toBeGreaterThanOrEqual(0);
    const label = option.yAxis.axisLabel.formatter('13.2', index);
    // The axis label is the code and the title's start, shortened.
    expect(label.startsWith(`13.2 ${title.slice(0, 20)}`)).toBe(true);
    expect(option.tooltip.formatter([{ dataIndex: index }])).toContain(title);
  });
});
