/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicators } from '../../../src-main/shared/indicators.js';
import { runCli } from '../../helpers/cli.js';
import { SAMPLE, expect, test } from './host-fixture.js';

const SHOTS = process.env.TWINLENS_SHOTS ?? '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

test('the Network view draws the member graph of the sample, its figures and hubs equal `indicators --json`; a click picks a city', async ({ page }) => {
  const run = runCli(['indicators', SAMPLE, '--json']);
  expect(run.code).toBe(0);
  const ind = JSON.parse(run.stdout) as Indicators;
  await page.getByRole('tab', { name: 'Network', exact: true }).click();
  await expect(page.locator('main[data-view="network"][data-ready="true"]')).toBeVisible();
  for (const [id, value] of Object.entries({ 'network.multiPairingEntities': ind.network.multiPairingEntities, 'network.components': ind.network.components, 'network.largestComponent': ind.network.largestComponent })) {
    await expect(page.locator(`[data-figure="${id}"]`)).toHaveAttribute('data-value', String(value));
  }
  // Every entity of the sample is drawn (it is far below the cap), with a link per pair of members.
  const extent = page.getByTestId('graph-extent');
  await expect(extent).toHaveAttribute('data-nodes', String(ind.summary.entities));
  const card = page.locator('[data-chart="network-graph"]');
  const canvas = card.locator('canvas').first();
  await expect(canvas).toBeVisible();
  // The canvas is drawn: some pixels are not the background.
  await page.waitForTimeout(1500);
  const inked = await canvas.evaluate((c) => {
    const canvasEl = c as HTMLCanvasElement;
    const ctx = canvasEl.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, canvasEl.width, canvasEl.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
  expect(inked).toBeGreaterThan(1000);
  // The hubs list holds every hub.
  await expect(page.locator('[data-table="network-hubs"] .table-count')).toHaveText(`${ind.network.hubs.length} rows`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'network.png'), fullPage: true });
  // Picking the first hub from the list shows its pairings.
  const hub = ind.network.hubs[0]!;
  await page.locator('[data-table="network-hubs"] [role="row"]:not(.grid-head)').filter({ hasText: hub.name }).first().click();
  const picked = page.getByTestId('picked-city');
  await expect(picked).toHaveAttribute('data-entity', hub.entity);
  await expect(picked.locator('.table-count')).toHaveText(`${hub.pairings} rows`);
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'network-picked.png'), fullPage: true });
});
