/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type IndicatorChartId, buildChart } from '../../../src-main/shared/charts/index.js';
import type { Indicators } from '../../../src-main/shared/indicators.js';
import { REPO, runCli } from '../../helpers/cli.js';
import { SAMPLE, expect, test } from './host-fixture.js';

const SHOTS = join(REPO, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** The numbers of `twinlens indicators FILE [args] --json`, run as the real command line. */
function cliIndicators(args: string[] = []): Indicators {
  const run = runCli(['indicators', SAMPLE, ...args, '--json']);
  if (run.code !== 0) throw new Error(`cli indicators failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Indicators;
}

/** A series' data as values only: ECharts adds its own style keys to the items it holds. */
const values = (data: unknown): unknown =>
  Array.isArray(data) ? data.map((item: unknown) => (item !== null && typeof item === 'object' && !Array.isArray(item) && 'value' in item ? item.value : item)) : null;

/** What a chart would draw from the CLI's numbers: its series' values. */
function expectedSeries(id: IndicatorChartId, ind: Indicators): unknown {
  const series = buildChart(id, ind, { mode: 'screen' }).option.series;
  return (Array.isArray(series) ? series : [series]).map((s) => values((s as { data?: unknown }).data));
}

/** What the chart in the page holds (ECharts' own getOption), once its view has its answer. */
async function drawnSeries(page: Page, view: string, id: string): Promise<unknown> {
  return page.evaluate(
    ([v, chart]) => {
      if (!document.querySelector(`main[data-view="${v}"][data-ready="true"]`)) return 'not ready';
      const el = document.querySelector<HTMLElement>(`main [data-chart="${chart}"] .echart`) as (HTMLElement & { echartsInstance?: { getOption(): { series: Array<{ data?: unknown }> } } }) | null;
      if (!el?.echartsInstance) return 'no chart';
      return JSON.parse(JSON.stringify(el.echartsInstance.getOption().series.map((s) => s.data ?? null))) as unknown[];
    },
    [view, id] as const,
  );
}

async function expectCharts(page: Page, view: string, ids: IndicatorChartId[], ind: Indicators) {
  for (const id of ids) {
    await expect
      .poll(async () => {
        const drawn = await drawnSeries(page, view, id);
        return Array.isArray(drawn) ? drawn.map(values) : drawn;
      }, { message: `${view}: ${id}` })
      .toEqual(expectedSeries(id, ind));
  }
}

const REGION_CHARTS: IndicatorChartId[] = ['pairings-by-region', 'region-matrix', 'country-matrix'];

test("a filter change on Regions draws the CLI's --theme figures, asking only for the Regions view's families; other views then show theirs", async ({ page }) => {
  const all = cliIndicators();
  // The theme with the fewest pairings changes every region figure.
  const theme = all.themes[all.themes.length - 1]!.theme;
  const filtered = cliIndicators(['--theme', theme]);
  expect(filtered.summary.pairings).toBeLessThan(all.summary.pairings);
  expect(filtered.pairingsByRegion).not.toEqual(all.pairingsByRegion);

  const asked: Array<{ families: string[]; filters: unknown }> = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/indicators/families')) asked.push(request.postDataJSON() as { families: string[]; filters: unknown });
  });

  await page.getByRole('tab', { name: 'Regions' }).click();
  await expectCharts(page, 'regions', REGION_CHARTS, all);

  asked.length = 0;
  await page.locator('[data-filter="theme"] .filter-button').click();
  await page.getByRole('checkbox', { name: theme, exact: true }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('scope')).toContainText(`${filtered.summary.pairings} pairings in scope`);
  await expectCharts(page, 'regions', REGION_CHARTS, filtered);
  // The change asked for what Regions draws (and the scope line's count), not the results or outcomes.
  expect(asked).toEqual([{ filters: { theme: [theme] }, families: ['summary', 'pairingsByRegion', 'regionMatrix', 'countryMatrix'] }]);
  await page.screenshot({ path: join(SHOTS, 'regions-families-theme.png'), fullPage: true });

  // Another view fetches what it adds for the same filters and shows it for them.
  await page.getByRole('tab', { name: 'Themes' }).click();
  await expectCharts(page, 'themes', ['themes', 'theme-overlap'], filtered);
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expectCharts(page, 'overview', ['action-plans', 'activities-by-type'], filtered);
  await expect(page.locator('[data-figure="activities"]')).toHaveAttribute('data-value', String(filtered.summary.activities));
  // Back on Regions nothing is asked again: its families for these filters are kept.
  const before = asked.length;
  await page.getByRole('tab', { name: 'Regions' }).click();
  await expectCharts(page, 'regions', REGION_CHARTS, filtered);
  expect(asked.length).toBe(before);

  // Clearing the filter brings back every pairing's figures.
  await page.getByRole('button', { name: `Remove Theme ${theme}` }).click();
  await expectCharts(page, 'regions', REGION_CHARTS, all);
});

test("a map point's tooltip names its city and pairings, and a click lists that city's pairings", async ({ page }) => {
  await page.getByRole('tab', { name: 'Regions' }).click();
  const chart = page.locator('[data-chart="world-map"] .echart');
  await expect(page.locator('[data-chart="world-map"][aria-busy="false"] .echart[data-drawn-version]')).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  // A point, where it sits on the canvas, and the city the layer (asked of the host as the
  // page would) holds at its position.
  const point = await chart.evaluate(async (el) => {
    type Instance = { getOption(): { series: Array<{ type: string; data: number[][] }> }; convertToPixel(finder: { geoIndex: number }, value: number[]): number[] };
    const instance = (el as HTMLElement & { echartsInstance: Instance }).echartsInstance;
    const response = await fetch('/api/pairings/mapLayer', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: 'null' });
    const layer = ((await response.json()) as { value: { cities: Array<{ name: string }> } }).value;
    const points = instance.getOption().series.filter((s) => s.type === 'scatter').flatMap((s) => s.data);
    // The point farthest from any other, so no neighbour's symbol covers it.
    const at = points.map((p) => instance.convertToPixel({ geoIndex: 0 }, [p[0]!, p[1]!]));
    const room = at.map(([x, y], i) => Math.min(...at.filter((_, j) => j !== i).map(([u, v]) => Math.hypot(u! - x!, v! - y!))));
    const best = room.indexOf(Math.max(...room));
    const [x, y] = at[best]!;
    return { x: x!, y: y!, name: layer.cities[points[best]![3]!]!.name, pairings: points[best]![2]! };
  });
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + point.x, box.y + point.y);
  const tooltip = page.locator('[data-chart="world-map"] .echart div').filter({ hasText: point.name }).last();
  await expect(tooltip).toContainText(`${point.pairings} pairing`);
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(page.locator('[data-table="pairings"]')).toHaveAttribute('data-search', point.name);
});
