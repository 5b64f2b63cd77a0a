/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openFilesProject } from '../../../src-main/core/api.js';
import { computeIndicators } from '../../../src-main/core/indicators/compute.js';
import type { Filters, Indicators } from '../../../src-main/shared/indicators.js';
import { REPO } from '../../helpers/cli.js';
import { readWorkbook, rowsBelow, sheet } from '../../helpers/report-workbook.js';
import { SAMPLE, expect, test } from './host-fixture.js';

const SHOTS = join(REPO, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** The indicators of the sample under `filters`, from the core in this process. */
async function indicatorsOf(filters: Filters): Promise<Indicators> {
  const project = await openFilesProject([SAMPLE]);
  try {
    return await project.withConnection((c) => computeIndicators(c, filters));
  } finally {
    project.close();
  }
}

/**
 * The members of the pairings with `theme` (all pairings when null) and the number of those
 * pairings each is in, read from the sample workbook's own sheets: the test's oracle, apart
 * from the code under test.
 */
async function membersFromWorkbook(theme: string | null): Promise<Map<string, number>> {
  const workbook = await readWorkbook(SAMPLE);
  const key = (v: unknown) => String(v ?? '').trim().toLowerCase();
  const entities = new Set(rowsBelow(sheet(workbook, 'Entities'), 1).map((r) => String(r.entity_id)));
  const pairings = new Set(rowsBelow(sheet(workbook, 'Pairings'), 1).map((r) => String(r.pairing_id)));
  const themed = new Set(rowsBelow(sheet(workbook, 'Themes'), 1).filter((r) => theme === null || key(r.theme) === key(theme)).map((r) => String(r.pairing_id)));
  const inPairings = new Map<string, Set<string>>();
  for (const r of rowsBelow(sheet(workbook, 'Members'), 1)) {
    const [p, e] = [String(r.pairing_id), String(r.entity_id)];
    if (!pairings.has(p) || !entities.has(e) || (theme !== null && !themed.has(p))) continue;
    inPairings.set(e, (inPairings.get(e) ?? new Set()).add(p));
  }
  return new Map([...inPairings].map(([e, ps]) => [e, ps.size]));
}

/** What the map's canvas holds: each drawn city's entity id and pairing count, read from its ECharts instance. */
async function drawnCities(page: Page): Promise<Map<string, number>> {
  const chart = page.locator('[data-chart="world-map"] .echart');
  await expect(chart).toHaveAttribute('data-drawn-version', /\d+/);
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLElement>('[data-chart="world-map"] .echart');
    return !!el && el.dataset.drawnVersion === el.dataset.optionVersion && el.closest('[aria-busy="false"]') !== null;
  });
  // A point is [longitude, latitude, pairings, position in the city layer]: the layer, asked
  // of the host as the page would, names the entity at each position.
  const rows = await chart.evaluate(async (el) => {
    const instance = (el as HTMLElement & { echartsInstance: { getOption(): { series: Array<{ type: string; data: number[][] }> } } }).echartsInstance;
    const response = await fetch('/api/pairings/mapLayer', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'X-Test-Reader': '1' }, body: 'null' });
    const layer = ((await response.json()) as { value: { cities: Array<{ entity_id: string }> } }).value;
    return instance
      .getOption()
      .series.filter((s) => s.type === 'scatter')
      .flatMap((s) => s.data.map((d) => [layer.cities[d[3]!]!.entity_id, d[2]!] as [string, number]));
  });
  return new Map(rows);
}

async function tickTheme(page: Page, theme: string) {
  await page.locator('[data-filter="theme"] .filter-button').click();
  await page.getByRole('checkbox', { name: theme, exact: true }).click();
  await page.keyboard.press('Escape');
}

test('the map shows exactly the members in scope after a filter change, from a city layer fetched once', async ({ page }) => {
  const layerCalls: string[] = [];
  page.on('request', (r) => {
    // The app's own requests: this test's reader of the layer marks its own.
    if (r.url().includes('/api/pairings/mapLayer') && r.headers()['x-test-reader'] === undefined) layerCalls.push(r.url());
  });
  const all = await indicatorsOf({});
  // The theme that leaves out the most members while keeping some: a filter that visibly removes cities.
  const theme = all.themes.map((t) => t.theme).find((t) => t === 'Circular economy') ?? all.themes[0]!.theme;
  const themed = await indicatorsOf({ theme: [theme] });
  const [everyone, inTheme] = await Promise.all([membersFromWorkbook(null), membersFromWorkbook(theme)]);
  expect(everyone.size).toBe(all.summary.entities);
  expect(inTheme.size).toBe(themed.summary.entities);

  await page.getByRole('tab', { name: 'Regions' }).click();
  const placement = page.getByTestId('map-placement');
  // The sample's every member is placed (by coordinates, the gazetteer or its country's centre).
  await expect(placement).toContainText('Every member city is on the map.');
  expect(await drawnCities(page)).toEqual(everyone);
  await page.screenshot({ path: join(SHOTS, 'map-scope-all.png'), fullPage: true });

  await tickTheme(page, theme);
  await expect(page.locator('[data-chart="world-map"] .card-title')).toContainText(`${themed.summary.entities} member cities`);
  const shown = await drawnCities(page);
  expect(shown).toEqual(inTheme);
  // A city that leaves the scope is no longer drawn; it comes back when the filter goes.
  const left = [...everyone.keys()].find((id) => !inTheme.has(id))!;
  expect(left).toBeDefined();
  expect(shown.has(left)).toBe(false);
  await page.screenshot({ path: join(SHOTS, 'map-scope-theme.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('tab', { name: 'Regions' }).click();
  expect(await drawnCities(page)).toEqual(inTheme);
  await tickTheme(page, theme);
  await expect(page.locator('[data-chart="world-map"] .card-title')).toContainText(`${all.summary.entities} member cities`);
  expect((await drawnCities(page)).get(left)).toBe(everyone.get(left));
  // Two filter changes and a second visit to the view, one layer.
  expect(layerCalls).toHaveLength(1);
});
