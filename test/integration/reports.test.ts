import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { PDF_SECTIONS } from '../../src-main/core/report/pdf-report.js';
import { writeReports } from '../../src-main/core/report/write-reports.js';
import type { Project } from '../../src-main/core/store/project.js';
import { headlines } from '../../src-main/shared/headlines.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';
import { expectWorkbookMatches } from '../helpers/check-report-workbook.js';
import { REPO, runCli } from '../helpers/cli.js';
import { importedProject, tempDir } from '../helpers/programme.js';
import { block, readWorkbook, rowsBelow, sheet } from '../helpers/report-workbook.js';

const SAMPLE = `${REPO}sample-data/iuc-programme.xlsx`;
const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;
const noPoppler = POPPLER ? '' : ' (skipped: poppler-utils, which gives pdftotext and pdfinfo, is not installed)';

export function pdfText(path: string): string {
  return spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
}

export function pdfPages(path: string): number {
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

let project: Project;
const dir = tempDir('twinlens-reports-');
const compute = (filters: Filters = {}): Promise<Indicators> => project.withConnection((c) => computeIndicators(c, filters));

beforeAll(async () => {
  project = await importedProject([SAMPLE]);
});
afterAll(() => project.close());

describe('report command on the sample programme', () => {
  const xlsx = join(dir, 'cli.xlsx');
  const pdf = join(dir, 'cli.pdf');
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(['report', SAMPLE, '--xlsx', xlsx, '--pdf', pdf, '--title', 'IUC annual report']);
  }, 120_000);

  test('exits 0, writes both files, reports progress on stderr and nothing on stdout', () => {
    expect(run.stderr).toContain('wrote');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(statSync(xlsx).size).toBeGreaterThan(10_000);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
  });

  test('every indicator cell of the workbook equals `indicators --json`', async () => {
    const json = runCli(['indicators', SAMPLE, '--json']);
    expect(json.code).toBe(0);
    const ind = JSON.parse(json.stdout) as Indicators;
    const wb = await readWorkbook(xlsx);
    expectWorkbookMatches(wb, ind);
    expect(sheet(wb, 'Summary').getCell('A1').value).toBe('IUC annual report');
  });

  test.skipIf(!POPPLER)(`the PDF holds every section title and the headline figures${noPoppler}`, async () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const title of PDF_SECTIONS) expect(text, title).toContain(title);
    for (const h of headlines(await compute())) {
      expect(text, h.label).toContain(h.display);
      expect(text, h.label).toContain(h.sentence.slice(0, 40));
    }
    expect(text).toContain('IUC annual report');
    // Accented names survive: the fonts are embedded, not Latin-1 stand-ins.
    expect(text).toContain('Umeå');
    expect(text).toContain('Vila Nova de Famalicão');
    const pages = pdfPages(pdf);
    // Cover, contents, summary, 11 sections, 4 annexes; tables (the sample's 187 result
    // indicators in Annex D) run over a few pages.
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(pages).toBeLessThanOrEqual(40);
  });

  test('bad usage and unwritable paths exit 2 with a message and leave nothing', () => {
    const none = runCli(['report', SAMPLE]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--xlsx');
    const badDate = runCli(['report', SAMPLE, '--xlsx', join(dir, 'x.xlsx'), '--from', '2018-13-01']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--from');
    const nowhere = runCli(['report', SAMPLE, '--xlsx', join(dir, 'ok.xlsx'), '--pdf', join(dir, 'missing-folder', 'r.pdf')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('missing-folder');
    expect(nowhere.stderr).not.toContain('    at ');
    // The workbook would have been fine, but a failed export leaves no file at all.
    expect(existsSync(join(dir, 'ok.xlsx'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});

describe.each<[string, Filters]>([
  ['a theme', { theme: ['Circular economy'] }],
  ['a region and a start date', { region: ['Latin America & Caribbean'], from: '2018-01-01' }],
  ['two statuses', { status: ['active', 'ACTIVE ', 'planned'] }],
])('filtered by %s', (_name, filters) => {
  test('the workbook equals the filtered indicators, and states the scope', async () => {
    const xlsx = join(dir, `filtered-${Object.keys(filters).join('-')}.xlsx`);
    const result = await writeReports(project, filters, { xlsx });
    const ind = await compute(filters);
    const all = await compute();
    expect(result.pairings).toBe(ind.summary.pairings);
    expect(ind.summary.pairings).toBeLessThan(all.summary.pairings);
    const wb = await readWorkbook(xlsx);
    expectWorkbookMatches(wb, ind);
    const scope = String(sheet(wb, 'Summary').getCell('B4').value);
    for (const values of Object.values(ind.scope)) for (const v of Array.isArray(values) ? values : []) expect(scope).toContain(v);
  });
});

describe('workbook presentation', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const xlsx = join(dir, 'presentation.xlsx');
    await writeReports(project, {}, { xlsx });
    wb = await readWorkbook(xlsx);
  });

  test('sheets of issue 4, in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary', 'Regions', 'Themes', 'Stakeholders', 'Stakeholders by pairing', 'GCoM', 'GCoM by entity', 'Delivery', 'Delivery by pairing', 'Network',
      'Results', 'Outcomes', 'SDG targets', 'Methodology', 'Data quality', 'Data entities', 'Data pairings', 'Data members', 'Data themes', 'Data stakeholders', 'Data activities',
      'Data result_indicators', 'Data result_values', 'Data outcomes',
    ]);
  });

  test('numbers are numbers with formats; shares are percentages', () => {
    const regions = sheet(wb, 'Regions');
    const header = 5; // title in 4, header in 5
    const first = regions.getRow(header + 1);
    expect(typeof first.getCell(2).value).toBe('number');
    expect(first.getCell(2).numFmt).toBe('#,##0');
    expect(first.getCell(4).numFmt).toBe('0.0%');
    const helix = sheet(wb, 'Stakeholders');
    expect(block(helix, 'Helix mix').every((r) => typeof r['Share of participants'] === 'number')).toBe(true);
    const dates = sheet(wb, 'Data pairings');
    const start = dates.getRow(2).getCell(5);
    expect(start.value).toBeInstanceOf(Date);
    expect(start.numFmt).toBe('yyyy-mm-dd');
  });

  test('list sheets: bold frozen header, autofilter over the table, sensible widths', () => {
    for (const name of ['Stakeholders by pairing', 'GCoM by entity', 'Delivery by pairing', 'Methodology', 'Data entities', 'Data stakeholders']) {
      const ws = sheet(wb, name);
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold, name).toBe(true);
      expect(ws.autoFilter, name).toBeTruthy();
      const widths = ws.columns.map((c) => c.width ?? 0);
      expect(Math.min(...widths), name).toBeGreaterThanOrEqual(8);
      expect(Math.max(...widths), name).toBeLessThanOrEqual(110);
      expect(rowsBelow(ws, 1).length, name).toBeGreaterThan(0);
    }
  });

  test('each family sheet embeds its charts as PNG images', () => {
    const expected: Record<string, number> = { Regions: 3, Themes: 2, Stakeholders: 1, GCoM: 1, Delivery: 2, Network: 1, Results: 3, Outcomes: 3, 'SDG targets': 1 };
    for (const [name, count] of Object.entries(expected)) expect(sheet(wb, name).getImages().length, name).toBe(count);
    const media = (wb.model as unknown as { media: Array<{ extension: string; buffer: Buffer }> }).media;
    expect(media.length).toBe(17);
    for (const m of media) {
      expect(m.extension).toBe('png');
      expect(m.buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});

describe('an empty scope', () => {
  const filters: Filters = { theme: ['no theme is called this'] };
  const xlsx = join(dir, 'empty.xlsx');
  const pdf = join(dir, 'empty.pdf');
  beforeAll(async () => {
    await writeReports(project, filters, { xlsx, pdf });
  });

  test('the workbook is valid, says so, and every figure is zero', async () => {
    const wb = await readWorkbook(xlsx);
    const ind = await compute(filters);
    expect(ind.summary.pairings).toBe(0);
    expectWorkbookMatches(wb, ind);
    const texts: string[] = [];
    sheet(wb, 'Summary').eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('There are no pairings in this scope: every figure below is zero.');
  });

  test.skipIf(!POPPLER)(`the PDF is valid and says there are no pairings${noPoppler}`, () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('There are no pairings in this scope');
    for (const title of PDF_SECTIONS) expect(text, title).toContain(title);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(PDF_SECTIONS.length);
  });
});
