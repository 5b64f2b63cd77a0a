import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { looksLikeFormula } from '../../src-main/core/export/cell-text.js';
import { writeReports } from '../../src-main/core/report/write-reports.js';
import type { Project } from '../../src-main/core/store/project.js';
import { CJK_NAMES, HOSTILE_VALUES, writeHostileProgramme } from '../fixtures/hostile-programme.js';
import { importedProject, tempDir } from '../helpers/programme.js';
import { readWorkbook } from '../helpers/report-workbook.js';

const dir = tempDir('twinlens-injection-');
const xlsx = join(dir, 'hostile.xlsx');
const pdf = join(dir, 'hostile.pdf');
let project: Project;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  project = await importedProject([await writeHostileProgramme(dir)]);
  await writeReports(project, {}, { xlsx, pdf });
  wb = await readWorkbook(xlsx);
});
afterAll(() => project?.close());

function allCells(): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
  return cells;
}

describe('imported text that looks like a formula', () => {
  test('comes back as the same text in string cells, formatted Text, never as a formula', () => {
    const cells = allCells();
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined)).toEqual([]);
    const strings = new Set(cells.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => c.value as string));
    for (const value of HOSTILE_VALUES) {
      // The importer trims surrounding whitespace: a leading tab or CR is gone, the = stays.
      const stored = value.trim();
      expect(strings.has(stored), JSON.stringify(stored)).toBe(true);
    }
    const risky = cells.filter((c) => typeof c.value === 'string' && looksLikeFormula(c.value));
    expect(risky.length).toBeGreaterThanOrEqual(HOSTILE_VALUES.length);
    for (const c of risky) expect(c.numFmt, `${c.worksheet.name}!${c.address}`).toBe('@');
  });

  test('the results sheets hold the hostile titles, units, comments, descriptions and evidence as Text-formatted strings', () => {
    const where: Record<string, string[]> = {
      Results: [HOSTILE_VALUES[0], HOSTILE_VALUES[1], HOSTILE_VALUES[2], HOSTILE_VALUES[7]],
      Outcomes: [HOSTILE_VALUES[4].trim(), HOSTILE_VALUES[5].trim(), HOSTILE_VALUES[6], HOSTILE_VALUES[0], HOSTILE_VALUES[7]],
      'Data result_indicators': [HOSTILE_VALUES[0], HOSTILE_VALUES[1], HOSTILE_VALUES[2]],
      'Data result_values': [HOSTILE_VALUES[3], HOSTILE_VALUES[6]],
      'Data outcomes': [HOSTILE_VALUES[4].trim(), HOSTILE_VALUES[5].trim(), HOSTILE_VALUES[6], HOSTILE_VALUES[0]],
    };
    for (const [name, values] of Object.entries(where)) {
      const cells: ExcelJS.Cell[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
      for (const value of values) {
        const found = cells.filter((c) => c.value === value);
        expect(found.length, `${name}: ${JSON.stringify(value)}`).toBeGreaterThan(0);
        for (const c of found) {
          expect(c.type, `${name}!${c.address}`).toBe(ExcelJS.ValueType.String);
          if (looksLikeFormula(value)) expect(c.numFmt, `${name}!${c.address}`).toBe('@');
        }
      }
    }
  });

  test('a second reader (openpyxl) sees text, not formulas', (context) => {
    const probe = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { encoding: 'utf8' });
    if (probe.status !== 0) context.skip('python3-openpyxl is not installed');
    const script = [
      'import json, sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'out = {"formulas": [], "strings": []}',
      'for ws in wb.worksheets:',
      '    for row in ws.iter_rows():',
      '        for c in row:',
      '            if c.data_type == "f": out["formulas"].append(ws.title + "!" + c.coordinate)',
      '            elif c.data_type == "s" and c.value is not None: out["strings"].append(c.value)',
      'print(json.dumps(out))',
    ].join('\n');
    const run = spawnSync('/usr/bin/python3', ['-c', script, xlsx], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const seen = JSON.parse(run.stdout) as { formulas: string[]; strings: string[] };
    expect(seen.formulas).toEqual([]);
    for (const value of HOSTILE_VALUES) expect(seen.strings).toContain(value.trim());
  });

  test('markup in names is text: charts render to images, the PDF prints it literally', (context) => {
    // An unescaped <img> in a chart's SVG would make it unparseable and the export fail.
    const media = (wb.model as unknown as { media: Array<{ buffer: Buffer }> }).media;
    // The indicator charts, 3 Results, 3 Outcomes, the SDG targets chart and the network's hubs.
    expect(media.length).toBe(17);
    if (spawnSync('pdftotext', ['-v']).error !== undefined) context.skip('poppler-utils (pdftotext) is not installed');
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('=Rotterdam');
  });
});

describe('names beyond Latin', () => {
  const poppler = spawnSync('pdftotext', ['-v']).error === undefined;
  test.skipIf(!poppler)('CJK names are set in an embedded CJK font and can be read back', () => {
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const name of CJK_NAMES) expect(text).toContain(name);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    // 東京都 in the Chinese face, 서울특별시 in the Korean one, the rest in Noto Sans.
    expect(fonts).toMatch(/\+NotoSansSC-Regular\s/);
    expect(fonts).toMatch(/\+NotoSansKR-Regular\s/);
    expect(fonts).toMatch(/\+NotoSans-Regular\s/);
    expect(fonts).not.toMatch(/DejaVu/);
    // Every font embedded ("emb" column yes): the PDF reads the same on any machine.
    const rows = fonts.split('\n').slice(2).filter((l) => l.trim() !== '');
    for (const row of rows) expect(row, row).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  test('the workbook holds them intact', () => {
    const strings = allCells().map((c) => c.value);
    for (const name of CJK_NAMES) expect(strings).toContain(name);
  });
});
