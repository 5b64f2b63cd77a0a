/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Comparison } from '../../../src-main/shared/compare.js';
import { runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/programme.js';
import { SAMPLE, expect, test } from './host-fixture.js';

const SHOTS = process.env.TWINLENS_SHOTS ?? '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

function cliCompare(args: string[]): Comparison {
  const run = runCli(['compare', SAMPLE, ...args, '--json']);
  if (run.code !== 0) throw new Error(`cli compare failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Comparison;
}

/** The comparison table's rows as shown (virtualised: the rendered ones), by first cell. */
async function tableRows(page: Page, name: string): Promise<Map<string, string[]>> {
  await expect(page.locator(`[data-table="${name}"][aria-busy="false"]`)).toBeVisible();
  const rows = await page.locator(`[data-table="${name}"] [role="row"]:not(.grid-head)`).evaluateAll((list) =>
    list.map((r) => [...r.querySelectorAll('[role="cell"]')].map((c) => (c as HTMLElement).dataset.text ?? c.textContent ?? '')),
  );
  return new Map(rows.map((r) => [r[0]!, r.slice(1)]));
}

async function openCompare(page: Page) {
  await page.getByRole('tab', { name: 'Compare', exact: true }).click();
  await expect(page.locator('main[data-view="compare"]')).toBeVisible();
}

test('the Compare view shows the groups of `compare --json` by region, their figures and the grouped charts', async ({ page }) => {
  const cli = cliCompare(['--by', 'region']);
  expect(cli.groups.length).toBeGreaterThan(2);
  await openCompare(page);
  await page.locator('[data-grouping="region"]').click();
  const groups = page.getByTestId('compare-groups');
  await expect(groups).toHaveAttribute('data-groups', cli.groups.map((g) => g.value).join('|'));
  const rows = await tableRows(page, 'compare-by-region');
  // Spread first, then one column per group.
  const pairings = cli.groups.map((g) => g.indicators.summary.pairings);
  expect(rows.get('Pairings')).toEqual([String(Math.max(...pairings) - Math.min(...pairings)), ...pairings.map(String)]);
  expect(rows.get('Largest component')!.slice(1)).toEqual(cli.groups.map((g) => String(g.indicators.network.largestComponent)));
  for (const id of ['compare-pairings-by-region', 'compare-themes', 'compare-helix-mix', 'compare-gcom', 'compare-results']) {
    await expect(page.locator(`[data-chart="${id}"] canvas`).first()).toBeVisible();
  }
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'compare-by-region.png'), fullPage: true });
});

test('the global filters still apply, values can be restricted, start-year groups equal the CLI\'s', async ({ page }) => {
  const cli = cliCompare(['--by', 'start-year', '--theme', 'Circular economy']);
  await openCompare(page);
  await page.locator('[data-grouping="start-year"]').click();
  // The theme filter of the filter bar, as a person sets it.
  await page.locator('[data-filter="theme"] button').first().click();
  await page.getByRole('checkbox', { name: 'Circular economy' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-groups')).toHaveAttribute('data-groups', cli.groups.map((g) => g.value).join('|'));
  const rows = await tableRows(page, 'compare-by-start-year');
  expect(rows.get('Pairings')!.slice(1)).toEqual(cli.groups.map((g) => String(g.indicators.summary.pairings)));
  // Only 2018.
  await page.locator('[data-filter="compare-start-year"] button').first().click();
  await page.getByRole('checkbox', { name: '2018' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-groups')).toHaveAttribute('data-groups', '2018');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'compare-start-year-filtered.png'), fullPage: true });
});

test('Export Excel from the Compare view adds the Comparison sheet with the groups on screen', async ({ page }) => {
  const cli = cliCompare(['--by', 'region']);
  await openCompare(page);
  await page.locator('[data-grouping="region"]').click();
  await expect(page.getByTestId('compare-groups')).toHaveAttribute('data-groups', cli.groups.map((g) => g.value).join('|'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const path = join(tempDir(), 'compare.xlsx');
  await download.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.getWorksheet('Comparison');
  expect(sheet, 'a Comparison sheet').toBeDefined();
  const header = sheet!.getRow(5).values as unknown[];
  expect(header.slice(2, 2 + cli.groups.length)).toEqual(cli.groups.map((g) => g.value));
});
