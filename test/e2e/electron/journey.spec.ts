import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { importIntoProjectFile } from '../../../src-main/core/store/project-file.js';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/content-security-policy.js';
import type { Indicators, Summary } from '../../../src-main/shared/indicators.js';
import type { ImportIssue } from '../../../src-main/shared/issues.js';
import { REPO, runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/programme.js';
import { type RunningApp, SKIP_REASON, answerNextDialog, clickMenu, launchApp } from './electron-app.js';

/**
 * The evaluator's journey in the real Electron window (Playwright's Electron launcher): the
 * sample's Overview equals `indicators --json`, a theme filter, an invalid workbook's errors,
 * the flat CSV import, the Pairings table, an export through the save path, projects from the
 * File menu and the last project on the next start; and the window's security policies.
 */
test.skip(SKIP_REASON !== null, SKIP_REASON ?? '');
if (SKIP_REASON) console.warn(`The Electron journey is skipped: ${SKIP_REASON}`);
test.describe.configure({ mode: 'serial' });

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FLAT_CSV = join(REPO, 'sample-data/iuc-pairings.csv');
const SHOTS = join(REPO, 'test-results/screenshots/electron');
const SUMMARY_KEYS: Array<keyof Summary> = ['pairings', 'entities', 'countries', 'regions', 'themes', 'organisations', 'participants', 'activities'];

function cliIndicators(file: string, args: string[] = []): Indicators {
  const run = runCli(['indicators', file, ...args, '--json']);
  if (run.code !== 0) throw new Error(`cli indicators failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Indicators;
}

async function overviewFigures(page: Page): Promise<Record<string, number>> {
  await expect(page.locator('main[data-view="overview"][data-ready="true"]')).toBeVisible();
  const out: Record<string, number> = {};
  for (const key of SUMMARY_KEYS) out[key] = Number(await page.locator(`[data-figure="${key}"]`).getAttribute('data-value'));
  return out;
}

async function expectOverview(page: Page, expected: Indicators): Promise<void> {
  await expect.poll(() => overviewFigures(page)).toEqual(Object.fromEntries(SUMMARY_KEYS.map((k) => [k, expected.summary[k]])));
}

async function importThroughUi(page: Page, file: string) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-input').setInputFiles(file);
  await dialog.getByRole('button', { name: /^Import 1 file/ }).click();
  return dialog;
}

let running: RunningApp;
const userData = tempDir('twinlens-user-');

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  running = await launchApp(userData);
});
test.afterAll(async () => {
  await running?.app.close();
});
test.afterEach(() => {
  // A CSP violation or an uncaught error in the window fails the test it happened in.
  expect(running.problems.splice(0)).toEqual([]);
});

test('the window opens on the sample programme with the numbers of `indicators --json`', async () => {
  const { window } = running;
  await expectOverview(window, cliIndicators(SAMPLE));
  await expect.poll(() => running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Twinlens — IUC sample programme');
  await window.screenshot({ path: join(SHOTS, 'overview.png') });
});

test('a theme filter changes the figures to the CLI --theme numbers', async () => {
  const { window } = running;
  const all = cliIndicators(SAMPLE);
  const theme = all.themes[all.themes.length - 1]!.theme;
  await window.locator('[data-filter="theme"] .filter-button').click();
  await window.getByRole('checkbox', { name: theme }).check();
  await window.getByRole('button', { name: 'Done' }).click();
  await expectOverview(window, cliIndicators(SAMPLE, ['--theme', theme]));
  await window.getByRole('button', { name: `Remove Theme ${theme}` }).click();
  await expectOverview(window, all);
});

test('the Results and Outcomes views show the figures of `indicators --json`, and an as-of date changes them', async () => {
  const { window } = running;
  const figures = (page: Page) =>
    page.locator('.headline-figures [data-figure]').evaluateAll((items) =>
      Object.fromEntries(items.map((li) => [li.getAttribute('data-figure'), li.getAttribute('data-value') === '' ? null : Number(li.getAttribute('data-value'))])),
    );
  const expectResults = async (ind: Indicators) => {
    await window.getByRole('tab', { name: 'Results' }).click();
    await expect(window.locator('main[data-view="results"][data-ready="true"]')).toBeVisible();
    await expect.poll(() => figures(window)).toEqual({
      'results.onTrackShare': ind.results.onTrackShare,
      'results.medianAchievement': ind.results.medianAchievement,
      'results.completeness': ind.results.completeness.share,
      'results.progress': ind.results.progress.meanChangePoints,
    });
    await window.getByRole('tab', { name: 'Outcomes' }).click();
    await expect(window.locator('main[data-view="outcomes"][data-ready="true"]')).toBeVisible();
    await expect.poll(async () => (await figures(window))['outcomes.outcomes']).toBe(ind.outcomes.outcomes);
  };
  await expectResults(cliIndicators(SAMPLE));
  await window.screenshot({ path: join(SHOTS, 'outcomes.png') });
  await window.locator('input[name="asOf"]').fill('2019-12-31');
  await expectResults(cliIndicators(SAMPLE, ['--as-of', '2019-12-31']));
  await window.keyboard.press('Alt+X');
  await window.getByRole('tab', { name: 'Overview' }).click();
});

test('importing an invalid workbook lists its errors with their rows and changes nothing', async () => {
  const { window } = running;
  const bad = join(tempDir(), 'broken-programme.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  workbook.getWorksheet('Members')!.getCell('B4').value = 'XX-nowhere';
  await workbook.xlsx.writeFile(bad);
  const expected = (JSON.parse(runCli(['validate', bad, '--json']).stdout) as { errors: ImportIssue[] }).errors;
  expect(expected.length).toBeGreaterThan(0);

  const dialog = await importThroughUi(window, bad);
  await expect(dialog.getByTestId('import-errors')).toBeVisible();
  for (const error of expected) await expect(dialog.getByTestId('import-errors')).toContainText(String(error.row));
  await window.screenshot({ path: join(SHOTS, 'import-errors.png') });
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expectOverview(window, cliIndicators(SAMPLE));
});

test('the menu opens the import dialog, and the flat CSV imports through it', async () => {
  const { window, app } = running;
  await clickMenu(app, 'import');
  const dialog = window.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('import-input').setInputFiles(FLAT_CSV);
  await dialog.getByRole('button', { name: /^Import 1 file/ }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('iuc-pairings.csv');
  await dialog.getByRole('button', { name: 'Show the dashboard' }).click();
  await expectOverview(window, cliIndicators(FLAT_CSV));
});

test('the Pairings table sorts and searches, and exports through the save path', async () => {
  const { window, app } = running;
  const expected = cliIndicators(FLAT_CSV);
  await window.getByRole('tab', { name: 'Pairings' }).click();
  const table = window.locator('[data-table="pairings"]');
  await expect(table.locator('.table-count')).toHaveText(`${expected.summary.pairings} rows`);
  await table.locator('.sort-button[data-column="start_date"]').click();
  await expect(table.locator('[role="columnheader"][aria-sort="ascending"]')).toContainText('Start');

  // The save dialog is native: a will-download listener added after the app's own sets the path.
  const target = join(tempDir(), 'pairings.xlsx');
  await app.evaluate(({ session }, path) => {
    session.defaultSession.once('will-download', (_event, item) => item.setSavePath(path));
  }, target);
  const saved = app.evaluate(
    ({ session }) =>
      new Promise<string>((resolve) => {
        session.defaultSession.once('will-download', (_event, item) => item.once('done', (_e, state) => resolve(`${state} ${item.getURL().slice(0, 20)}`)));
      }),
  );
  await table.getByRole('button', { name: 'Excel' }).click();
  expect(await saved).toBe('completed blob:app://twinlens');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(target) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets[0]!.rowCount).toBe(expected.summary.pairings + 1);
  await window.screenshot({ path: join(SHOTS, 'pairings.png') });
});

test('File > Open Project opens a project, and the next start reopens it', async () => {
  const { app } = running;
  const project = join(tempDir(), 'programme.duckdb');
  expect((await importIntoProjectFile(project, [SAMPLE])).ok).toBe(true);
  await answerNextDialog(app, 'open', project);
  await clickMenu(app, 'open-project');
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Twinlens — programme.duckdb');
  await expectOverview(running.window, cliIndicators(SAMPLE));
  expect(JSON.parse(readFileSync(join(userData, 'recent-projects.json'), 'utf8'))).toEqual({ version: 1, projects: [project] });

  await app.close();
  running = await launchApp(userData);
  await expect.poll(() => running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Twinlens — programme.duckdb');
  await expectOverview(running.window, cliIndicators(SAMPLE));
});

test('the window refuses navigation, new windows, permissions, file:// and remote content; the bridge is the contract', async () => {
  const { window, app } = running;
  await overviewFigures(window);
  const url = window.url();
  expect(url).toBe('app://twinlens/index.html');

  // Runs in the page (a string: this file is type-checked without the DOM library).
  const seen = await window.evaluate(`(async () => {
    const bridge = window.twinlens;
    const refused = (work) => work().then(() => 'allowed', () => 'refused');
    return {
      bridge: Object.keys(bridge).sort(),
      node: [typeof window.require, typeof window.process, typeof window.module],
      fileFetch: await refused(() => fetch('file:///etc/passwd')),
      remoteFetch: await refused(() => fetch('https://example.com/')),
      popup: window.open('https://example.com/') === null ? 'refused' : 'allowed',
      notification: await Notification.requestPermission(),
      geolocation: await new Promise((resolve) => navigator.geolocation.getCurrentPosition(() => resolve('allowed'), () => resolve('refused'))),
      csp: (await fetch('app://twinlens/index.html')).headers.get('content-security-policy'),
      forbiddenCall: await bridge.invoke('import/files', { paths: ['/etc/hosts.csv'] }),
    };
  })()`);
  expect(seen).toMatchObject({
    bridge: ['invoke', 'onEvent', 'pathForFile'],
    node: ['undefined', 'undefined', 'undefined'],
    fileFetch: 'refused',
    remoteFetch: 'refused',
    popup: 'refused',
    notification: 'denied',
    geolocation: 'refused',
    csp: CONTENT_SECURITY_POLICY,
    forbiddenCall: { ok: false, error: { code: 'forbidden' } },
  });

  // The refusals above are logged by Chromium as console errors: expected here, and only here.
  running.problems.splice(0).forEach((p) => expect(p).toMatch(/Content Security Policy|ERR_BLOCKED|example\.com|file:\/\/|permission/i));

  await window.evaluate("void (location.href = 'https://example.com/')");
  await window.evaluate("void (location.href = 'file:///etc/passwd')");
  await window.waitForTimeout(500);
  expect(window.url()).toBe(url);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
