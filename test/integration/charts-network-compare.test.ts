import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareGroups } from '../../src-main/core/compare/compare.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { networkGraph } from '../../src-main/core/queries/network-graph.js';
import { chartSvg } from '../../src-main/core/report/render-chart.js';
import type { Project } from '../../src-main/core/store/project.js';
import { buildCompareCharts } from '../../src-main/shared/charts/compare.js';
import { networkGraphOption, networkHubsChart } from '../../src-main/shared/charts/network.js';
import type { Comparison } from '../../src-main/shared/compare.js';
import type { Indicators } from '../../src-main/shared/indicators.js';
import { writeNetworkProgramme } from '../fixtures/network-programme.js';
import { importedProject, tempDir } from '../helpers/programme.js';

let project: Project;
let ind: Indicators;
let byProgramme: Comparison;
beforeAll(async () => {
  project = await importedProject(writeNetworkProgramme(tempDir()));
  ind = await project.withConnection((c) => computeIndicators(c));
  byProgramme = await project.withConnection((c) => compareGroups(c, 'programme'));
});
afterAll(() => project.close());

type Series = { name: string; data: number[]; type: string };

describe('network charts', () => {
  test('hubs: one bar per hub with its pairings, the finding names the busiest', () => {
    const chart = networkHubsChart(ind, 'print');
    const series = (chart.option.series as Series[])[0]!;
    expect(series.data).toEqual(ind.network.hubs.map((h) => h.pairings));
    expect(chart.title).toMatch(/^Cali is in the most pairings \(3\); 12 pairings form 5 connected components \(the largest links 6 entities\)/);
    expect(chartSvg(chart)).toContain('<svg');
  });

  test('graph: a node per entity sized by pairings and coloured by region, a link per pair; drawn server-side in print', async () => {
    const graph = await project.withConnection((c) => networkGraph(c, {}, 100));
    const option = networkGraphOption(graph.nodes, graph.links, 'print');
    const series = (option.series as Array<{ data: Array<{ id: string; symbolSize: number; category: number }>; links: unknown[]; categories: Array<{ name: string }> }>)[0]!;
    expect(series.data.length).toBe(18);
    expect(series.links.length).toBe(17);
    const size = (id: string) => series.data.find((d) => d.id === id)!.symbolSize;
    expect(size('C')).toBeGreaterThan(size('B'));
    expect(size('B')).toBeGreaterThan(size('A'));
    expect(series.categories.map((c) => c.name)).toEqual([...new Set(graph.nodes.map((n) => n.region))].sort());
    const svg = chartSvg({ id: 'network-hubs', family: 'network', title: '', howMeasured: '', indicators: [], option, empty: false, size: { width: 600, height: 400 } });
    // One circle per entity (the legend draws its own symbols as paths or rects).
    expect((svg.match(/<circle|<path d="M[^"]*A/g) ?? []).length).toBeGreaterThanOrEqual(18);
  });

  test('picking a city fades the entities it does not share a pairing with', async () => {
    const graph = await project.withConnection((c) => networkGraph(c, {}, 100));
    const option = networkGraphOption(graph.nodes, graph.links, 'screen', 'C');
    const data = (option.series as Array<{ data: Array<{ id: string; itemStyle?: { opacity?: number } }> }>)[0]!.data;
    const faded = data.filter((d) => d.itemStyle?.opacity === 0.15).map((d) => d.id).sort();
    // C's partners: B, D, R; everyone else but C fades.
    expect(faded).toEqual(['A', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'S']);
  });
});

describe('compare charts', () => {
  test('one series per group, each value that group\'s indicator', () => {
    const charts = buildCompareCharts(byProgramme, 'print');
    // No result sheets in the fixture: no results chart.
    expect(charts.map((c) => c.id)).toEqual(['compare-pairings-by-region', 'compare-themes', 'compare-helix-mix', 'compare-gcom']);
    const regions = charts[0]!;
    const yAxis = regions.option.yAxis as { data: string[] };
    const series = regions.option.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['IUC', 'IURC']);
    byProgramme.groups.forEach((g, i) => {
      const expected = yAxis.data.map((region) => g.indicators.pairingsByRegion.find((r) => r.region === region)?.pairings ?? 0);
      expect(series[i]!.data).toEqual(expected);
    });
    for (const chart of charts) expect(chartSvg(chart)).toContain('<svg');
  });
});
