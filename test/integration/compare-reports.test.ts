import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareGroups } from '../../src-main/core/compare/compare.js';
import { comparisonTitle } from '../../src-main/core/report/pdf-report.js';
import { writeReports } from '../../src-main/core/report/write-reports.js';
import type { Project } from '../../src-main/core/store/project.js';
import type { Comparison } from '../../src-main/shared/compare.js';
import { REPO, runCli } from '../helpers/cli.js';
import { importedProject, tempDir } from '../helpers/programme.js';
import { block, readWorkbook, sheet } from '../helpers/report-workbook.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;
const pdfText = (path: string) => spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;

let project: Project;
const dir = tempDir('twinlens-compare-reports-');
beforeAll(async () => {
  project = await importedProject([SAMPLE]);
});
afterAll(() => project.close());

describe('report --by region on the sample', () => {
  const xlsx = join(dir, 'by-region.xlsx');
  const pdf = join(dir, 'by-region.pdf');
  let comparison: Comparison;
  beforeAll(async () => {
    await writeReports(project, { theme: ['Circular economy'] }, { xlsx, pdf, compare: { by: 'region' } });
    comparison = await project.withConnection((c) => compareGroups(c, 'region', { theme: ['Circular economy'] }));
  }, 120_000);

  test('the workbook has a Comparison sheet after Summary: one column per group, the figures of compare, the spread', async () => {
    const wb = await readWorkbook(xlsx);
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['Summary', 'Comparison', 'Regions']);
    const rows = block(sheet(wb, 'Comparison'), 'Headline figures by region');
    const byId = new Map(rows.map((r) => [r.Indicator, r]));
    const pairings = comparison.groups.map((g) => g.indicators.summary.pairings);
    expect(comparison.groups.length).toBeGreaterThan(1);
    const pairingsRow = byId.get('summary.pairings')!;
    expect(comparison.groups.map((g) => pairingsRow[g.value])).toEqual(pairings);
    expect(pairingsRow['Spread (max - min)']).toBe(Math.max(...pairings) - Math.min(...pairings));
    const gcom = byId.get('gcom.share')!;
    expect(comparison.groups.map((g) => gcom[g.value])).toEqual(comparison.groups.map((g) => g.indicators.gcom.share));
    const largest = byId.get('network.largestComponent')!;
    expect(comparison.groups.map((g) => largest[g.value])).toEqual(comparison.groups.map((g) => g.indicators.network.largestComponent));
  });

  test.skipIf(!POPPLER)('the PDF has the comparison section with every group and the grouped charts', () => {
    // Titles may wrap: compare the text with its runs of spaces and line breaks as one space.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(comparisonTitle('region'));
    for (const g of comparison.groups) expect(text).toContain(g.value);
    expect(text).toContain('Pairings by region, one bar per region');
    expect(text).toContain('Results: on-track share, median achievement and reciprocity, one bar per region');
    expect(text).toContain('12. Network');
  });

  test('without --by neither the sheet nor the section appears', async () => {
    const plain = join(dir, 'plain.xlsx');
    await writeReports(project, {}, { xlsx: plain });
    expect((await readWorkbook(plain)).getWorksheet('Comparison')).toBeUndefined();
  });
});

test('report --by on the command line; an unknown --by exits 2 before anything is written', async () => {
  const xlsx = join(dir, 'cli-by-year.xlsx');
  const run = runCli(['report', SAMPLE, '--by', 'start-year', '--xlsx', xlsx]);
  expect(run.code, run.stderr).toBe(0);
  const rows = block(sheet(await readWorkbook(xlsx), 'Comparison'), 'Headline figures by start-year');
  const json = JSON.parse(runCli(['compare', SAMPLE, '--by', 'start-year', '--json']).stdout) as Comparison;
  const pairings = rows.find((r) => r.Indicator === 'summary.pairings')!;
  expect(json.groups.map((g) => pairings[g.value])).toEqual(json.groups.map((g) => g.indicators.summary.pairings));
  const bad = runCli(['report', SAMPLE, '--by', 'year', '--xlsx', join(dir, 'never.xlsx')]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--by "year" is not a grouping');
}, 120_000);
