/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Indicators, Summary } from '../../../src-main/shared/indicators.js';
import type { ImportIssue } from '../../../src-main/shared/issues.js';
import { definitionOf } from '../../../src-main/shared/methodology.js';
import { REPO, runCli } from '../../helpers/cli.js';
import { block, readWorkbook, sheet } from '../../helpers/report-workbook.js';
import { tempDir } from '../../helpers/programme.js';
import { FLAT_CSV, SAMPLE, expect, test } from './host-fixture.js';

const SHOTS = join(REPO, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

const SUMMARY_KEYS: Array<keyof Summary> = ['pairings', 'entities', 'countries', 'regions', 'themes', 'organisations', 'participants', 'activities'];

/** The numbers of `twinlens indicators FILE [args] --json`, run as the real command line. */
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

async function expectOverview(page: Page, expected: Indicators) {
  // The figures settle once the latest answer is in; compare them all, and their printed form.
  await expect.poll(() => overviewFigures(page)).toEqual(Object.fromEntries(SUMMARY_KEYS.map((k) => [k, expected.summary[k]])));
  for (const key of SUMMARY_KEYS) {
    await expect(page.locator(`[data-figure="${key}"] .figure-value`)).toHaveText(expected.summary[key].toLocaleString('en-GB'));
  }
}

async function importThroughUi(page: Page, file: string) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-input').setInputFiles(file);
  await dialog.getByRole('button', { name: /^Import 1 file/ }).click();
  return dialog;
}

/** The cells of a data table's rendered rows (virtualised: the rows in view). */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  await expect(page.locator(`[data-table="${name}"][aria-busy="false"]`)).toBeVisible();
  return page.locator(`[data-table="${name}"] [role="row"]:not(.grid-head)`).evaluateAll((rows) =>
    rows
      .map((r) => ({ top: Number.parseFloat((r as unknown as { style: { top: string } }).style.top), cells: [...r.querySelectorAll('[role="cell"]')].map((c) => c.textContent ?? '') }))
      .sort((a, b) => a.top - b.top)
      .map((r) => r.cells),
  );
}

test('the Overview shows the numbers of `indicators --json` for the sample programme', async ({ page }) => {
  const expected = cliIndicators(SAMPLE);
  await expectOverview(page, expected);
  await expect(page.getByTestId('scope')).toContainText('all pairings');
  await expect(page.getByTestId('scope')).toContainText(`${expected.summary.pairings} pairings in scope`);
  await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });
});

test('a theme filter changes every figure to the CLI --theme numbers, and clearing it restores them', async ({ page }) => {
  const all = cliIndicators(SAMPLE);
  const theme = all.themes[all.themes.length - 1]!.theme;
  const filtered = cliIndicators(SAMPLE, ['--theme', theme]);
  expect(filtered.summary.pairings).toBeLessThan(all.summary.pairings);
  await expectOverview(page, all);

  await page.locator('[data-filter="theme"] .filter-button').click();
  await page.getByRole('checkbox', { name: theme }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('scope')).toContainText(`Theme: ${theme}`);
  await expectOverview(page, filtered);
  await page.screenshot({ path: join(SHOTS, 'overview-theme-filter.png'), fullPage: true });

  await page.getByRole('button', { name: `Remove Theme ${theme}` }).click();
  await expectOverview(page, all);
});

test('every view draws its charts; screenshots of each at 1280x800', async ({ page }) => {
  await overviewFigures(page);
  const views: Array<[string, string[]]> = [
    ['Regions', ['pairings-by-region', 'region-matrix', 'world-map', 'country-matrix']],
    ['Themes', ['themes', 'theme-overlap']],
    ['Stakeholders', ['helix-mix', 'helix-coverage', 'helix-evenness']],
    ['GCoM', ['gcom-by-region']],
  ];
  for (const [tab, charts] of views) {
    await page.getByRole('tab', { name: tab }).click();
    for (const id of charts) {
      const card = page.locator(`[data-chart="${id}"]`);
      await expect(card.locator('canvas').first()).toBeVisible();
      await expect(card.locator('.card-title')).not.toBeEmpty();
      await expect(card.getByText('How this is measured')).toBeVisible();
    }
    await page.waitForTimeout(600); // let the charts' entry animation finish before the picture
    await page.screenshot({ path: join(SHOTS, `${tab.toLowerCase()}.png`), fullPage: true });
  }
  await page.getByRole('tab', { name: 'Regions' }).click();
  await expect(page.getByTestId('map-placement')).toContainText(/placed|on the map/);
  for (const tab of ['Pairings', 'Data']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.locator('[data-table] [role="row"]:not(.grid-head)').first()).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `${tab.toLowerCase()}.png`), fullPage: true });
  }
});

test('clicking a bar filters every view to its region', async ({ page }) => {
  const all = cliIndicators(SAMPLE);
  await overviewFigures(page);
  await page.getByRole('tab', { name: 'Regions' }).click();
  const card = page.locator('[data-chart="pairings-by-region"]');
  await expect(card.locator('canvas').first()).toBeVisible();
  await page.waitForTimeout(800); // the entry animation
  // Bars live on a canvas: walk down the chart's middle until a click lands on one.
  const box = (await card.locator('.echart').boundingBox())!;
  const chip = page.getByTestId('scope').locator('.chip');
  for (let y = box.y + 10; y < box.y + box.height - 10 && (await chip.count()) === 0; y += 6) {
    await page.mouse.click(box.x + box.width * 0.45, y);
  }
  await expect(chip).toHaveCount(1);
  const region = (await chip.textContent())!.replace(/^Region:\s*/, '').replace(/×$/, '').trim();
  expect(all.pairingsByRegion.map((r) => r.region)).toContain(region);
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expectOverview(page, cliIndicators(SAMPLE, ['--region', region]));
});

test('importing an invalid workbook lists every error with its row, and changes nothing', async ({ page }) => {
  const bad = join(tempDir(), 'broken-programme.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  workbook.getWorksheet('Members')!.getCell('B4').value = 'XX-nowhere';
  workbook.getWorksheet('Members')!.getCell('B9').value = 'XX-atlantis';
  workbook.getWorksheet('Pairings')!.getCell('E6').value = 'sometime in spring';
  await workbook.xlsx.writeFile(bad);
  const validate = runCli(['validate', bad, '--json']);
  const expected = (JSON.parse(validate.stdout) as { errors: ImportIssue[] }).errors;
  expect(expected.length).toBeGreaterThanOrEqual(3);

  const before = cliIndicators(SAMPLE);
  await overviewFigures(page);
  const dialog = await importThroughUi(page, bad);
  await expect(dialog.getByTestId('import-errors')).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText(`${expected.length} errors`);
  const rows = await tableRows(page, 'import-errors');
  const shown = rows.map(([file, sheet, row, column, message]) => ({ file, sheet, row: Number(row), column, message }));
  const want = expected.map((e) => ({ file: e.file, sheet: e.sheet ?? '', row: e.row ?? 0, column: e.column ?? '', message: e.message }));
  expect(shown).toEqual([...want].sort((a, b) => a.row - b.row));
  await page.screenshot({ path: join(SHOTS, 'import-errors.png') });

  // Sorting the error table by message reorders it; copying yields TSV with every error.
  await dialog.locator('[data-table="import-errors"] .sort-button[data-column="message"]').click();
  const byMessage = (await tableRows(page, 'import-errors')).map((r) => r[4]!);
  expect(byMessage).toEqual([...byMessage].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.locator('[data-table="import-errors"]').getByRole('button', { name: 'Copy' }).click();
  const tsv = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(tsv.split('\n')).toHaveLength(expected.length + 1);
  for (const e of expected) expect(tsv).toContain(`\t${e.row}\t`);

  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expectOverview(page, before);
});

test('importing the flat CSV through the UI replaces the dataset with its numbers', async ({ page }) => {
  const expected = cliIndicators(FLAT_CSV);
  await overviewFigures(page);
  const dialog = await importThroughUi(page, FLAT_CSV);
  await expect(dialog.getByTestId('import-summary')).toBeVisible();
  await expect(dialog.getByTestId('import-summary')).toContainText('iuc-pairings.csv');
  await page.screenshot({ path: join(SHOTS, 'import-summary.png') });
  await dialog.getByRole('button', { name: 'Show the dashboard' }).click();
  await expectOverview(page, expected);
  await expect(page.getByTestId('project-line')).toContainText('iuc-pairings.csv');
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect(page.locator('[data-import="2"]')).toContainText('iuc-pairings.csv');
  await expect(page.locator('[data-import="2"]')).toContainText('current dataset');
});

test('the Pairings table sorts by a column and searches', async ({ page }) => {
  const all = cliIndicators(SAMPLE);
  await overviewFigures(page);
  await page.getByRole('tab', { name: 'Pairings' }).click();
  const table = page.locator('[data-table="pairings"]');
  await expect(table.locator('.table-count')).toHaveText(`${all.summary.pairings} rows`);

  await table.locator('.sort-button[data-column="start_date"]').click();
  await expect(table.locator('[role="columnheader"][aria-sort="ascending"]')).toContainText('Start');
  let starts = (await tableRows(page, 'pairings')).map((r) => r[6]!).filter((s) => s !== '');
  expect(starts.length).toBeGreaterThan(5);
  expect(starts).toEqual([...starts].sort());
  await table.locator('.sort-button[data-column="start_date"]').click();
  await expect(table.locator('[role="columnheader"][aria-sort="descending"]')).toContainText('Start');
  // The latest start overall comes first, so it is no earlier than any start seen ascending.
  const latestSeen = [...starts].sort().reverse()[0]!;
  await expect.poll(async () => ((await tableRows(page, 'pairings'))[0]![6]! >= latestSeen ? 'latest first' : 'not yet')).toBe('latest first');
  starts = (await tableRows(page, 'pairings')).map((r) => r[6]!).filter((s) => s !== '');
  expect(starts).toEqual([...starts].sort().reverse());

  // Search: every row shown holds the text; the count is the CLI's over the same words.
  const first = (await tableRows(page, 'pairings'))[0]!;
  const city = first[2]!.split('; ')[0]!;
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search pairings' })).toBeFocused();
  await page.keyboard.type(city);
  await expect(table).toHaveAttribute('data-search', city);
  const found = await tableRows(page, 'pairings');
  expect(found.length).toBeGreaterThan(0);
  for (const row of found) expect(row.join(' ').toLowerCase()).toContain(city.toLowerCase());
  await expect(table.locator('.table-count')).toHaveText(`${found.length} ${found.length === 1 ? 'row' : 'rows'}`);

  // Enter on the active row opens the pairing's card.
  await table.locator('.grid-scroller').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pairing-card')).toBeVisible();
  await expect(page.getByTestId('pairing-card')).toContainText(city);
  await page.screenshot({ path: join(SHOTS, 'pairing-card.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pairing-card')).toBeHidden();
});

test('the Pairings table exports what it shows as an Excel workbook', async ({ page }) => {
  const filtered = cliIndicators(SAMPLE, ['--region', 'South Asia']);
  await overviewFigures(page);
  await page.locator('[data-filter="region"] .filter-button').click();
  await page.getByRole('checkbox', { name: 'South Asia' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('tab', { name: 'Pairings' }).click();
  const table = page.locator('[data-table="pairings"]');
  await expect(table.locator('.table-count')).toHaveText(`${filtered.summary.pairings} rows`);
  await table.locator('.sort-button[data-column="title"]').click();
  await expect(table.locator('[role="columnheader"][aria-sort="ascending"]')).toContainText('Title');
  const shown = await tableRows(page, 'pairings');

  const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'Excel' }).click()]);
  expect(download.suggestedFilename()).toBe('twinlens-pairings.xlsx');
  const path = join(tempDir(), 'pairings.xlsx');
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(filtered.summary.pairings + 1);
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toContain('Title');
  for (const [i, row] of shown.entries()) {
    const values = (sheet.getRow(i + 2).values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));
    expect(values[0]).toBe(row[0]);
    expect(values[1]).toBe(row[1]);
    expect(Number(values[9])).toBe(Number(row[9]!.replace(/,/g, '')));
  }
});

test('Export Excel and Export PDF write the reports of the filtered scope', async ({ page }) => {
  const all = cliIndicators(SAMPLE);
  const theme = all.themes[0]!.theme;
  const filtered = cliIndicators(SAMPLE, ['--theme', theme]);
  await overviewFigures(page);
  await page.locator('[data-filter="theme"] .filter-button').click();
  await page.getByRole('checkbox', { name: theme }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expectOverview(page, filtered);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsxPath = join(tempDir(), 'report.xlsx');
  await xlsx.saveAs(xlsxPath);
  const workbook = await readWorkbook(xlsxPath);
  const figures = new Map(block(sheet(workbook, 'Summary'), 'Programme in numbers').map((r) => [String(r.Figure), r.Value]));
  for (const key of SUMMARY_KEYS) expect(figures.get(definitionOf(`summary.${key}`).label), key).toBe(filtered.summary[key]);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pdf').click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = join(tempDir(), 'report.pdf');
  await pdf.saveAs(pdfPath);
  const bytes = readFileSync(pdfPath);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(20_000);
});

test('a scope without pairings shows empty states, and the views are reachable by keyboard', async ({ page }) => {
  const none = cliIndicators(SAMPLE, ['--from', '2099-01-01']);
  expect(none.summary.pairings).toBe(0);
  await overviewFigures(page);
  await page.locator('input[name="from"]').fill('2099-01-01');
  await expect(page.getByTestId('scope')).toContainText('Started from: 2099-01-01');
  await expectOverview(page, none);
  await expect(page.getByRole('heading', { name: 'No pairings match these filters' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'overview-empty.png'), fullPage: true });

  // Tabs: focus the current one, arrows move between views, Alt+number jumps.
  await page.getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Regions' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Regions' })).toBeFocused();
  await expect(page.locator('[data-chart="pairings-by-region"] .empty-state')).toBeVisible();
  await expect(page.locator('[data-chart="world-map"] .empty-state')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'regions-empty.png'), fullPage: true });
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('tab', { name: 'Pairings' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-table="pairings"]')).toContainText('No pairings match these filters.');
  await page.keyboard.press('Alt+x');
  await expect(page.getByTestId('scope')).toContainText('all pairings');
});

test('a flat list with unrecognised headers imports after the column mapping step, which is remembered', async ({ page }) => {
  const dir = tempDir();
  const renamed = join(dir, 'partner-cities.csv');
  const rename: Record<string, string> = { 'EU city': 'Ville UE', 'EU country': 'Pays UE', 'Partner city': 'Ville partenaire', 'Partner country': 'Pays partenaire' };
  const [header, ...rest] = readFileSync(FLAT_CSV, 'utf8').split('\n');
  writeFileSync(renamed, [header!.split(',').map((h) => rename[h] ?? h).join(','), ...rest].join('\n'));
  const mappingFile = join(dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify(Object.fromEntries(Object.entries(rename).map(([column, h]) => [h, column]))));
  const expected = cliIndicators(renamed, ['--mapping', mappingFile]);
  expect(expected.summary.pairings).toBeGreaterThan(0);

  await overviewFigures(page);
  let dialog = await importThroughUi(page, renamed);
  await expect(dialog.getByTestId('import-errors')).toBeVisible();
  await dialog.getByRole('button', { name: 'Map the columns…' }).click();
  const form = dialog.getByTestId('column-mapping');
  await expect(form.getByRole('button', { name: 'Import with this mapping' })).toBeDisabled();
  // Headers the importer already knows are chosen for the user.
  await expect(form.getByLabel('Column for Themes')).toHaveValue('Themes');
  for (const [column, h] of Object.entries(rename)) await form.getByLabel(`Column for ${column}`).selectOption(h);
  await page.screenshot({ path: join(SHOTS, 'import-mapping.png') });
  await form.getByRole('button', { name: 'Import with this mapping' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('the column mapping you chose');
  await dialog.getByRole('button', { name: 'Show the dashboard' }).click();
  await expectOverview(page, expected);

  // The next import of a file with the same headers uses the saved mapping at once.
  dialog = await importThroughUi(page, renamed);
  await expect(dialog.getByTestId('import-summary')).toContainText('the column mapping saved for partner-cities.csv');
});
