import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { answerCall } from '../../../src-main/electron/ipc.js';
import { contentTypeOf, resolveAppAsset } from '../../../src-main/electron/policy/app-assets.js';
import { PathGrants } from '../../../src-main/electron/policy/path-grants.js';
import { withSecurityHeaders } from '../../../src-main/electron/policy/security-headers.js';
import { CoreRunner, scratchProjectPath } from '../../../src-main/runner/core-runner.js';
import type { AppEvent } from '../../../src-main/shared/api-contract.js';
import type { Indicators, Summary } from '../../../src-main/shared/indicators.js';
import { REPO, runCli } from '../../helpers/cli.js';

/**
 * The renderer as the Electron window runs it (the preload bridge, not HTTP), here in Debian's
 * Chromium: `window.twinlens` carries the preload's exact surface and answers through main's
 * own `answerCall` (sender-independent part: dispatch checks and path grants) into the real
 * core worker; events flow back as the preload relays them. The files are served with the
 * app:// scheme's path resolution and headers. Where Electron's binary exists, journey.spec.ts
 * drives the real window as well.
 */
test.use({
  browserName: 'chromium',
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
});

const RENDERER = join(REPO, 'out/renderer');
test.skip(!existsSync(join(RENDERER, 'index.html')), 'out/renderer is missing: run `npm run build` first (npm run test:e2e does)');

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FLAT_CSV = join(REPO, 'sample-data/iuc-pairings.csv');
const SHOTS = join(REPO, 'test-results/screenshots/electron-bridge');
const ORIGIN = 'http://twinlens.app.test';
const SUMMARY_KEYS: Array<keyof Summary> = ['pairings', 'entities', 'countries', 'regions', 'themes', 'organisations', 'participants', 'activities'];

const cliIndicators = (file: string) => JSON.parse(runCli(['indicators', file, '--json']).stdout) as Indicators;

async function overviewFigures(page: Page): Promise<Record<string, number>> {
  await expect(page.locator('main[data-view="overview"][data-ready="true"]')).toBeVisible();
  const out: Record<string, number> = {};
  for (const key of SUMMARY_KEYS) out[key] = Number(await page.locator(`[data-figure="${key}"]`).getAttribute('data-value'));
  return out;
}
const summaryOf = (i: Indicators) => Object.fromEntries(SUMMARY_KEYS.map((k) => [k, i.summary[k]]));

let runner: CoreRunner;
test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  runner = await CoreRunner.start({ kind: 'scratch', path: scratchProjectPath(), files: [SAMPLE] });
});
test.afterAll(async () => {
  await runner?.close();
});

/** Opens the renderer with the Electron bridge in place of the preload. */
async function openWithBridge(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const grants = new PathGrants();
  await page.exposeFunction('__twinlensInvoke', (method: unknown, arg: unknown) => answerCall(runner.handlers, grants, method, arg));
  // The preload's surface, relaying to main; written as a string: this file has no DOM types.
  await page.addInitScript(`(() => {
    const listeners = new Set();
    window.__twinlensEmit = (event) => listeners.forEach((l) => l(event));
    window.twinlens = {
      invoke: (method, arg) => window.__twinlensInvoke(method, arg),
      onEvent: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
      pathForFile: () => '',
    };
  })()`);
  const off = runner.onEvent((event: AppEvent) => void page.evaluate(`window.__twinlensEmit(${JSON.stringify(event)})`).catch(() => undefined));
  page.once('close', off);
  await page.route(`${ORIGIN}/**`, async (route) => {
    const file = resolveAppAsset(RENDERER, route.request().url().replace(ORIGIN, 'app://twinlens'));
    if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found.' });
    const headers = Object.fromEntries(Object.entries(withSecurityHeaders({ 'Content-Type': contentTypeOf(file) })).map(([k, v]) => [k, v.join(', ')]));
    return route.fulfill({ status: 200, headers, body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/index.html`);
  return problems;
}

test('the dashboard over the preload bridge: the sample, a menu command, an import with progress', async ({ page }) => {
  const problems = await openWithBridge(page);
  await expect.poll(() => overviewFigures(page)).toEqual(summaryOf(cliIndicators(SAMPLE)));
  await page.screenshot({ path: join(SHOTS, 'overview.png') });

  // File > Import Spreadsheets… arrives as a menu event, as main sends it.
  await page.evaluate(`window.__twinlensEmit({ type: 'menu', command: 'import' })`);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('import-input').setInputFiles(FLAT_CSV);
  await dialog.getByRole('button', { name: /^Import 1 file/ }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('iuc-pairings.csv');
  await page.screenshot({ path: join(SHOTS, 'import-summary.png') });
  await dialog.getByRole('button', { name: 'Show the dashboard' }).click();
  await expect.poll(() => overviewFigures(page)).toEqual(summaryOf(cliIndicators(FLAT_CSV)));

  // Paths the user never handed over are refused, whatever the page asks.
  const refused = await page.evaluate(`window.twinlens.invoke('import/files', { paths: ['/etc/hosts.csv'] })`);
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(problems).toEqual([]);
});
