/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Indicators } from '../../../src-main/shared/indicators.js';
import type { ImportIssue } from '../../../src-main/shared/issues.js';
import { runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/programme.js';
import { FLAT_CSV, SAMPLE, expect, test } from './host-fixture.js';

// Screenshots go outside the repository, to be looked at (TWINLENS_SHOTS overrides).
const SHOTS = process.env.TWINLENS_SHOTS ?? '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

function cliIndicators(file: string, args: string[] = []): Indicators {
  const run = runCli(['indicators', file, ...args, '--json']);
  if (run.code !== 0) throw new Error(`cli indicators failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Indicators;
}

/** The figures of the view as numbers (data-value), by indicator id. */
async function figures(page: Page): Promise<Record<string, number | null>> {
  return page.locator('.headline-figures [data-figure]').evaluateAll((items) =>
    Object.fromEntries(items.map((li) => [li.getAttribute('data-figure'), li.getAttribute('data-value') === '' ? null : Number(li.getAttribute('data-value'))])),
  );
}

const resultFigures = (ind: Indicators) => ({
  'results.onTrackShare': ind.results.onTrackShare,
  'results.medianAchievement': ind.results.medianAchievement,
  'results.completeness': ind.results.completeness.share,
  'results.progress': ind.results.progress.meanChangePoints,
});

const outcomeFigures = (ind: Indicators) => ({
  'outcomes.outcomes': ind.outcomes.outcomes,
  'outcomes.twoWayShare': ind.outcomes.twoWayShare,
  'outcomes.meanReciprocity': ind.outcomes.meanReciprocity,
  'outcomes.substantiatedShare': ind.outcomes.substantiatedShare,
  'outcomes.investmentEur': ind.outcomes.investmentEur,
});

async function openView(page: Page, name: 'Results' | 'Outcomes' | 'Overview') {
  await page.getByRole('tab', { name }).click();
  await expect(page.locator(`main[data-view="${name.toLowerCase()}"][data-ready="true"]`)).toBeVisible();
}

/** The cells of a table's rendered rows (virtualised: those in view), in order. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  await expect(page.locator(`[data-table="${name}"][aria-busy="false"]`)).toBeVisible();
  return page.locator(`[data-table="${name}"] [role="row"]:not(.grid-head)`).evaluateAll((rows) =>
    rows
      .map((r) => ({
        top: Number.parseFloat((r as HTMLElement).style.top),
        cells: [...r.querySelectorAll('[role="cell"]')].map((c) => (c as HTMLElement).dataset.text ?? c.textContent ?? ''),
      }))
      .sort((a, b) => a.top - b.top)
      .map((r) => r.cells),
  );
}

const tableCount = (page: Page, name: string) => page.locator(`[data-table="${name}"] .table-count`);

async function expectResults(page: Page, expected: Indicators) {
  await expect.poll(() => figures(page)).toEqual(resultFigures(expected));
  await expect(tableCount(page, 'result-tracking')).toHaveText(`${expected.results.indicators} rows`);
}

async function expectOutcomes(page: Page, expected: Indicators) {
  await expect.poll(() => figures(page)).toEqual(outcomeFigures(expected));
  await expect(tableCount(page, 'outcome-explorer')).toHaveText(`${expected.outcomes.outcomes} rows`);
  await expect(tableCount(page, 'outcome-reciprocity')).toHaveText(`${expected.outcomes.pairingsWithOutcomes} rows`);
}

/** Charts drawn (a canvas, a finding as title, "How this is measured"), then a pause for the entry animation. */
/** A full-page picture taken from the top (scrolled, the sticky filter bar would land mid-page). */
async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

async function expectCharts(page: Page, ids: string[]) {
  for (const id of ids) {
    const card = page.locator(`[data-chart="${id}"]`);
    await expect(card.locator('canvas').first()).toBeVisible();
    await expect(card.locator('.card-title')).not.toBeEmpty();
    await expect(card.getByText('How this is measured')).toBeVisible();
  }
  await page.waitForTimeout(700);
}

test('the Results view shows the figures of `indicators --json` for the sample: headlines, charts and the tracking table', async ({ page }) => {
  const all = cliIndicators(SAMPLE);
  expect(all.results.indicators).toBeGreaterThan(0);
  await openView(page, 'Results');
  await expectResults(page, all);
  await expectCharts(page, ['results-status-by-level', 'results-achievement-by-theme', 'results-achievement-by-region']);
  await expect(page.locator('[data-figure="results.onTrackShare"] .figure-value')).toHaveText(`${Math.round(all.results.onTrackShare * 1000) / 10}%`);

  // Every status is a coloured label that says its word; the line of actuals is drawn.
  const table = page.locator('[data-table="result-tracking"]');
  await expect(table.locator('.status-label').first()).toBeVisible();
  for (const label of await table.locator('.status-label').all()) expect(await label.textContent()).toBe(await label.getAttribute('data-status'));
  await expect(table.locator('svg.sparkline').first()).toBeVisible();
  await shoot(page, 'results.png');
  await table.screenshot({ path: join(SHOTS, 'results-table.png') });

  // Sort by achievement (descending), then search by one indicator's pairing.
  await table.locator('.sort-button[data-column="achievement"]').click();
  await table.locator('.sort-button[data-column="achievement"]').click();
  const achievements = (await tableRows(page, 'result-tracking')).map((r) => r[9]!).filter((a) => a !== '').map((a) => Number(a.replace('%', '')));
  expect(achievements.length).toBeGreaterThan(5);
  expect(achievements).toEqual([...achievements].sort((a, b) => b - a));
  await table.getByRole('searchbox', { name: 'Search indicators' }).fill('C01-');
  const found = await tableRows(page, 'result-tracking');
  expect(found.length).toBeGreaterThan(0);
  for (const row of found) expect(row[0]).toMatch(/^C01-/);

  // Keyboard: an arrow selects a row and shows it in full; its button opens the pairing's card,
  // which lists the pairing's indicators and outcomes.
  await table.locator('.grid-scroller').focus();
  await page.keyboard.press('ArrowDown');
  const detail = page.getByTestId('tracking-detail');
  await expect(detail).toContainText(found[0]![0]!);
  await expect(detail).toContainText('Actual per period');
  await detail.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'tracking-detail.png') });
  await detail.getByRole('button', { name: 'Open pairing C01' }).focus();
  await page.keyboard.press('Enter');
  const card = page.getByTestId('pairing-card');
  await expect(card).toBeVisible();
  await expect(card.locator('[data-table="pairing-C01-indicators"] .table-count')).toHaveText(`${found.length} rows`);
  await expect(card.locator('[data-table="pairing-C01-outcomes"] [role="row"]:not(.grid-head)').first()).toBeVisible();
  await card.locator('[data-table="pairing-C01-outcomes"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'pairing-card-results.png') });
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('the Outcomes view shows the figures of `indicators --json` for the sample, the pairings behind them and every outcome', async ({ page }) => {
  const all = cliIndicators(SAMPLE);
  expect(all.outcomes.outcomes).toBeGreaterThan(0);
  await openView(page, 'Outcomes');
  await expectOutcomes(page, all);
  await expectCharts(page, ['outcomes-by-type', 'outcomes-by-year', 'outcomes-by-helix', 'sdg-targets']);

  // The pairings behind the two-way share and the mean reciprocity, copied: they add up to the CLI's figures.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const twoWay = page.locator('[data-table="outcome-reciprocity"]');
  await twoWay.getByRole('button', { name: 'Copy' }).click();
  // The rows may come from the core page by page: the copy is done when the table says so.
  await expect(twoWay.getByRole('status')).toHaveText(`Copied ${all.outcomes.pairingsWithOutcomes} rows as tab-separated text.`);
  const [header, ...lines] = (await page.evaluate<string>('navigator.clipboard.readText()')).split('\n').map((l) => l.split('\t'));
  expect(header).toEqual(['Pairing', 'Title', 'Outcomes per member', 'Members changed', 'Reciprocity', 'Two-way']);
  expect(lines).toHaveLength(all.outcomes.pairingsWithOutcomes);
  expect(lines.filter((l) => l[5] === 'true').length / lines.length).toBeCloseTo(all.outcomes.twoWayShare, 4);
  expect(lines.reduce((s, l) => s + Number(l[4]), 0) / lines.length).toBeCloseTo(all.outcomes.meanReciprocity!, 3);

  // SDG targets: every target listed with its title from the SDG list.
  await expect(tableCount(page, 'sdg-targets')).toHaveText(`${all.results.sdgTargets.length} rows`);
  await expect(page.locator('[data-table="sdg-targets"] .sdg-goal').first()).toBeVisible();
  await shoot(page, 'outcomes.png');
  await page.getByTestId('two-way').screenshot({ path: join(SHOTS, 'outcomes-two-way.png') });
  await page.locator('[data-chart="sdg-targets"]').screenshot({ path: join(SHOTS, 'outcomes-sdg.png') });

  // The explorer: search, then a row read in full with every field.
  const explorer = page.locator('[data-table="outcome-explorer"]');
  await explorer.getByRole('searchbox', { name: 'Search outcomes' }).fill('C01-O1');
  await expect(tableCount(page, 'outcome-explorer')).toHaveText('1 row');
  await explorer.locator('[role="row"]:not(.grid-head)').first().click();
  const detail = page.getByTestId('outcome-detail');
  await expect(detail).toContainText('Contribution');
  await expect(detail).toContainText('Evidence');
  await detail.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'outcome-detail.png') });
});

test('a theme filter and an as-of date change both views to the CLI\'s filtered figures; Alt+X clears them', async ({ page }) => {
  const all = cliIndicators(SAMPLE);
  const theme = all.themes[0]!.theme;
  const asOf = '2019-12-31';
  const filtered = cliIndicators(SAMPLE, ['--theme', theme, '--as-of', asOf]);
  expect(filtered.results.indicators).toBeLessThan(all.results.indicators);
  expect(filtered.outcomes.outcomes).toBeLessThan(all.outcomes.outcomes);
  expect(filtered.scope.asOf).toBe(asOf);

  await openView(page, 'Results');
  await expectResults(page, all);
  await page.locator('[data-filter="theme"] .filter-button').click();
  await page.getByRole('checkbox', { name: theme }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.locator('input[name="asOf"]').fill(asOf);
  await expect(page.getByTestId('scope')).toContainText(`As of: ${asOf}`);
  await expect(page.getByTestId('scope')).toContainText(`Theme: ${theme}`);
  await expectResults(page, filtered);
  await shoot(page, 'results-filtered.png');
  await openView(page, 'Outcomes');
  await expectOutcomes(page, filtered);
  // No outcome after the as-of day is listed.
  const explorer = page.locator('[data-table="outcome-explorer"]');
  await explorer.locator('.sort-button[data-column="date"]').click();
  await explorer.locator('.sort-button[data-column="date"]').click();
  expect((await tableRows(page, 'outcome-explorer'))[0]![1]! <= asOf).toBe(true);
  await shoot(page, 'outcomes-filtered.png');

  await page.keyboard.press('Alt+x');
  await expect(page.getByTestId('scope')).toContainText('all pairings');
  await expect(page.getByTestId('scope')).not.toContainText('As of');
  await expect(page.locator('input[name="asOf"]')).toHaveValue('');
  await expectOutcomes(page, all);
});

test('the Overview gains the results figures that matter most; the new views join the keyboard shortcuts', async ({ page }) => {
  const all = cliIndicators(SAMPLE);
  await expect(page.locator('main[data-view="overview"][data-ready="true"]')).toBeVisible();
  const glance = page.getByTestId('results-glance');
  await expect(glance.locator('[data-headline="results.onTrackShare"]')).toHaveAttribute('data-value', String(all.results.onTrackShare));
  await expect(glance.locator('[data-headline="outcomes.twoWayShare"]')).toHaveAttribute('data-value', String(all.outcomes.twoWayShare));
  await expect(glance.locator('[data-headline="outcomes.outcomes"]')).toHaveAttribute('data-value', String(all.outcomes.outcomes));
  await page.waitForTimeout(700);
  await shoot(page, 'overview.png');

  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('tab', { name: 'Results' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Results' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Outcomes' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Outcomes' })).toBeFocused();
  await page.keyboard.press('Alt+9');
  await expect(page.getByRole('tab', { name: 'Data' })).toHaveAttribute('aria-selected', 'true');
});

test('a dataset without results shows how to add them, on both views and not on the Overview', async ({ page }) => {
  await expect(page.locator('main[data-view="overview"][data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-input').setInputFiles(FLAT_CSV);
  await dialog.getByRole('button', { name: /^Import 1 file/ }).click();
  await dialog.getByRole('button', { name: 'Show the dashboard' }).click();
  await expect(page.getByTestId('project-line')).toContainText('iuc-pairings.csv');
  await expect(page.getByTestId('results-glance')).toHaveCount(0);
  await openView(page, 'Results');
  await expect(page.getByTestId('no-result-indicators')).toContainText('This dataset has no result indicators');
  await expect(page.getByTestId('no-result-indicators')).toContainText('programme-template.xlsx');
  await shoot(page, 'results-empty.png');
  await openView(page, 'Outcomes');
  await expect(page.getByTestId('no-outcomes')).toContainText('This dataset has no outcomes');
});

test('an invalid results sheet imported through the dialog lists its errors with their rows', async ({ page }) => {
  const bad = join(tempDir(), 'bad-results.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  // C01-I1's second period now starts inside its first (overlapping-periods)...
  workbook.getWorksheet('Result values')!.getCell('B3').value = new Date(Date.UTC(2018, 5, 1));
  // ...and C01-I1 measures a city that is not a member of C01 (not-a-member).
  workbook.getWorksheet('Result indicators')!.getCell('C2').value = 'IT-parma';
  await workbook.xlsx.writeFile(bad);
  const validate = runCli(['validate', bad, '--json']);
  const expected = (JSON.parse(validate.stdout) as { errors: ImportIssue[] }).errors;
  expect(expected.map((e) => e.sheet)).toEqual(expect.arrayContaining(['Result values', 'Result indicators']));

  await expect(page.locator('main[data-view="overview"][data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-input').setInputFiles(bad);
  await dialog.getByRole('button', { name: /^Import 1 file/ }).click();
  await expect(dialog.getByTestId('import-errors')).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText(expected.length === 1 ? '1 error' : `${expected.length} errors`);
  const shown = (await tableRows(page, 'import-errors')).map(([file, sheet, row, column, message]) => ({ file, sheet, row: Number(row), column, message }));
  const want = expected.map((e) => ({ file: e.file, sheet: e.sheet ?? '', row: e.row ?? 0, column: e.column ?? '', message: e.message }));
  expect(shown).toEqual(expect.arrayContaining(want));
  expect(shown).toHaveLength(want.length);
  expect(shown.find((e) => e.sheet === 'Result values')).toMatchObject({ row: 3, column: 'period_start' });
  expect(shown.find((e) => e.sheet === 'Result indicators')).toMatchObject({ row: 2, column: 'entity_id' });
  await page.screenshot({ path: join(SHOTS, 'import-results-errors.png') });
});
