/**
 * The three optional sheets of results.md section 1 through the real importer: each rule a
 * located error (sheet, Excel row, canonical column), percentages read as points whichever
 * way they are written, CSV files and --mapping like the other sheets, all or nothing.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test } from 'vitest';
import { Project } from '../../src-main/core/store/project.js';
import type { ImportIssue } from '../../src-main/shared/issues.js';
import { type SheetData, tempDir, writeCsv, writeWorkbook } from '../helpers/programme.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A valid programme with results; each test breaks one thing. P2 has three members. */
function base(): SheetData {
  return {
    Entities: [
      ['entity_id', 'name', 'country'],
      ['E1', 'Rotterdam', 'NL'],
      ['E2', 'Surat', 'IN'],
      ['E3', 'Cali', 'CO'],
      ['E4', 'Medellín', 'CO'],
      ['E5', 'Belfast', 'GB'],
    ],
    Pairings: [
      ['pairing_id', 'title'],
      ['P1', 'Rotterdam - Surat'],
      ['P2', 'Belfast - Cali - Medellín'],
    ],
    Members: [
      ['pairing_id', 'entity_id'],
      ['P1', 'E1'], ['P1', 'E2'],
      ['P2', 'E5'], ['P2', 'E3'], ['P2', 'E4'],
    ],
    'Result indicators': [
      ['indicator_id', 'pairing_id', 'entity_id', 'level', 'title', 'unit', 'measure', 'direction', 'accumulation', 'baseline', 'framework_ref', 'sdg_targets'],
      ['I1', 'P1', 'E2', 'output', 'Staff trained', 'people', null, null, 'incremental', null, 'GERF 2.5', '11.3; 13.2'],
      ['I2', 'P1', null, 'Outcome', 'CO2 avoided', 'tCO2e', 'number', 'decrease', 'level', 100, null, null],
      ['I3', 'P2', 'E3', 'impact', 'Strategy adopted', null, 'qualitative', null, null, null, null, '13.b'],
    ],
    'Result values': [
      ['indicator_id', 'period_start', 'period_end', 'target', 'actual', 'comment'],
      ['I1', d('2018-01-01'), d('2018-12-31'), 10, 8, null],
      ['I1', d('2019-01-01'), d('2019-12-31'), 10, 12, null],
      ['I2', d('2019-01-01'), d('2019-12-31'), 80, 90, null],
      ['I3', d('2019-01-01'), d('2019-12-31'), null, null, 'Adopted by the council'],
    ],
    Outcomes: [
      ['outcome_id', 'pairing_id', 'entity_id', 'date', 'description', 'change_type', 'actor_helix', 'significance', 'substantiation', 'amount_eur', 'indicator_id', 'sdg_targets'],
      ['O1', 'P2', 'E3', d('2019-03-01'), 'Cali adopted a climate plan', 'Policy', 'municipality', 'high', null, 1000, 'I3', '13.2'],
      ['O2', 'P1', 'E1', d('2019-04-01'), 'Port invests', 'investment', 'business', 'medium', 'substantiated', 250000, null, null],
    ],
  };
}

async function importSheets(sheets: SheetData) {
  const file = await writeWorkbook(join(tempDir(), 'programme.xlsx'), sheets);
  return importFiles([file]);
}

const open: Project[] = [];
afterEach(() => {
  for (const project of open.splice(0)) project.close();
});

async function importFiles(files: string[], mapping?: Record<string, string>) {
  const project = await Project.open();
  open.push(project);
  const outcome = await project.importFiles(files, mapping ? { mapping } : {});
  const read = async (sql: string) => project.withConnection(async (c) => (await c.runAndReadAll(sql)).getRowObjectsJS());
  return { outcome, read };
}

const where = (i: ImportIssue) => ({ code: i.code, sheet: i.sheet, row: i.row, column: i.column });

/** A copy of base() with rows replaced or appended: sheet -> list of [row index (1 = first data row), row or null to delete]. */
function edit(changes: Record<string, Array<[number, unknown[] | null]>>): SheetData {
  const sheets = base();
  for (const [sheet, edits] of Object.entries(changes)) {
    const rows = sheets[sheet]!;
    for (const [index, row] of edits) {
      if (index >= rows.length) rows.push(row!);
      else if (row === null) rows.splice(index, 1);
      else rows[index] = row;
    }
  }
  return sheets;
}

test('the base programme with results is valid, so each failure below has one cause', async () => {
  const { outcome, read } = await importSheets(base());
  expect(outcome.report.errors).toEqual([]);
  expect(outcome.ok).toBe(true);
  expect(outcome.rows).toMatchObject({ result_indicators: 3, result_values: 4, outcomes: 2 });
  const indicators = await read('SELECT indicator_id, level, measure, direction, accumulation, sdg_targets FROM result_indicators ORDER BY indicator_id');
  // Coded values in the list's spelling, defaults filled, SDG codes normalised.
  expect(indicators).toEqual([
    { indicator_id: 'I1', level: 'output', measure: 'number', direction: 'increase', accumulation: 'incremental', sdg_targets: '11.3; 13.2' },
    { indicator_id: 'I2', level: 'outcome', measure: 'number', direction: 'decrease', accumulation: 'level', sdg_targets: null },
    { indicator_id: 'I3', level: 'impact', measure: 'qualitative', direction: 'increase', accumulation: 'level', sdg_targets: '13.b' },
  ]);
  const outcomes = await read('SELECT outcome_id, change_type, actor_helix, substantiation FROM outcomes ORDER BY outcome_id');
  expect(outcomes).toEqual([
    { outcome_id: 'O1', change_type: 'policy', actor_helix: 'government', substantiation: 'unverified' },
    { outcome_id: 'O2', change_type: 'investment', actor_helix: 'business', substantiation: 'substantiated' },
  ]);
});

describe('every rule of results.md section 1 is an error at its sheet, row and column', () => {
  const cases: Array<[string, Record<string, Array<[number, unknown[] | null]>>, ReturnType<typeof where>]> = [
    ['unknown pairing of an indicator', { 'Result indicators': [[2, ['I2', 'P9', null, 'outcome', 'CO2', null, null, null, null, null, null, null]]] },
      { code: 'unknown-reference', sheet: 'Result indicators', row: 3, column: 'pairing_id' }],
    ['measured entity that does not exist', { 'Result indicators': [[1, ['I1', 'P1', 'E9', 'output', 'Staff', null, null, null, null, null, null, null]]] },
      { code: 'unknown-reference', sheet: 'Result indicators', row: 2, column: 'entity_id' }],
    ['measured entity not a member of the pairing', { 'Result indicators': [[1, ['I1', 'P1', 'E3', 'output', 'Staff', null, null, null, null, null, null, null]]] },
      { code: 'not-a-member', sheet: 'Result indicators', row: 2, column: 'entity_id' }],
    ['duplicate indicator id', { 'Result indicators': [[4, ['I1', 'P2', null, 'output', 'Again', null, null, null, null, null, null, null]]] },
      { code: 'duplicate-id', sheet: 'Result indicators', row: 5, column: 'indicator_id' }],
    ['unknown level', { 'Result indicators': [[2, ['I2', 'P1', null, 'result', 'CO2', null, null, null, null, null, null, null]]] },
      { code: 'invalid-value', sheet: 'Result indicators', row: 3, column: 'level' }],
    ['missing title', { 'Result indicators': [[2, ['I2', 'P1', null, 'outcome', null, null, null, null, null, null, null, null]]] },
      { code: 'missing-value', sheet: 'Result indicators', row: 3, column: 'title' }],
    ['unknown SDG target', { 'Result indicators': [[1, ['I1', 'P1', null, 'output', 'Staff', null, null, null, null, null, null, '11.3; 18.1']]] },
      { code: 'invalid-value', sheet: 'Result indicators', row: 2, column: 'sdg_targets' }],
    ['qualitative indicator with a baseline', { 'Result indicators': [[3, ['I3', 'P2', null, 'impact', 'Strategy', null, 'qualitative', null, null, 1, null, null]]] },
      { code: 'invalid-combination', sheet: 'Result indicators', row: 4, column: 'baseline' }],
    ['incremental indicator that decreases', { 'Result indicators': [[1, ['I1', 'P1', null, 'output', 'Staff', null, null, 'decrease', 'incremental', null, null, null]]] },
      { code: 'invalid-combination', sheet: 'Result indicators', row: 2, column: 'direction' }],
    ['value of an unknown indicator', { 'Result values': [[5, ['I9', d('2019-01-01'), d('2019-12-31'), 1, 1, null]]] },
      { code: 'unknown-reference', sheet: 'Result values', row: 6, column: 'indicator_id' }],
    ['period that ends before it starts', { 'Result values': [[3, ['I2', d('2019-12-31'), d('2019-01-01'), 80, 90, null]]] },
      { code: 'invalid-period', sheet: 'Result values', row: 4, column: 'period_end' }],
    ['qualitative indicator with a target', { 'Result values': [[4, ['I3', d('2019-01-01'), d('2019-12-31'), 1, null, 'x']]] },
      { code: 'invalid-combination', sheet: 'Result values', row: 5, column: 'target' }],
    ['qualitative indicator with an actual', { 'Result values': [[4, ['I3', d('2019-01-01'), d('2019-12-31'), null, 1, 'x']]] },
      { code: 'invalid-combination', sheet: 'Result values', row: 5, column: 'actual' }],
    ['missing period start', { 'Result values': [[3, ['I2', null, d('2019-12-31'), 80, 90, null]]] },
      { code: 'missing-value', sheet: 'Result values', row: 4, column: 'period_start' }],
    ['unparseable actual', { 'Result values': [[3, ['I2', d('2019-01-01'), d('2019-12-31'), 80, 'ninety', null]]] },
      { code: 'invalid-number', sheet: 'Result values', row: 4, column: 'actual' }],
    ['outcome of an unknown pairing', { Outcomes: [[2, ['O2', 'P7', 'E1', d('2019-04-01'), 'x', 'investment', null, null, null, null, null, null]]] },
      { code: 'unknown-reference', sheet: 'Outcomes', row: 3, column: 'pairing_id' }],
    ['outcome in an entity that is not a member', { Outcomes: [[2, ['O2', 'P1', 'E3', d('2019-04-01'), 'x', 'investment', null, null, null, null, null, null]]] },
      { code: 'not-a-member', sheet: 'Outcomes', row: 3, column: 'entity_id' }],
    ['outcome evidencing an indicator of another pairing', { Outcomes: [[2, ['O2', 'P1', 'E1', d('2019-04-01'), 'x', 'investment', null, null, null, null, 'I3', null]]] },
      { code: 'other-pairing', sheet: 'Outcomes', row: 3, column: 'indicator_id' }],
    ['outcome evidencing an unknown indicator', { Outcomes: [[2, ['O2', 'P1', 'E1', d('2019-04-01'), 'x', 'investment', null, null, null, null, 'I8', null]]] },
      { code: 'unknown-reference', sheet: 'Outcomes', row: 3, column: 'indicator_id' }],
    ['unknown change type', { Outcomes: [[2, ['O2', 'P1', 'E1', d('2019-04-01'), 'x', 'money', null, null, null, null, null, null]]] },
      { code: 'invalid-value', sheet: 'Outcomes', row: 3, column: 'change_type' }],
    ['unknown actor helix', { Outcomes: [[2, ['O2', 'P1', 'E1', d('2019-04-01'), 'x', 'policy', 'aliens', null, null, null, null, null]]] },
      { code: 'unknown-helix', sheet: 'Outcomes', row: 3, column: 'actor_helix' }],
    ['unknown significance', { Outcomes: [[2, ['O2', 'P1', 'E1', d('2019-04-01'), 'x', 'policy', null, 'huge', null, null, null, null]]] },
      { code: 'invalid-value', sheet: 'Outcomes', row: 3, column: 'significance' }],
    ['unknown substantiation', { Outcomes: [[2, ['O2', 'P1', 'E1', d('2019-04-01'), 'x', 'policy', null, null, 'proven', null, null, null]]] },
      { code: 'invalid-value', sheet: 'Outcomes', row: 3, column: 'substantiation' }],
    ['negative amount', { Outcomes: [[2, ['O2', 'P1', 'E1', d('2019-04-01'), 'x', 'investment', null, null, null, -5, null, null]]] },
      { code: 'invalid-number', sheet: 'Outcomes', row: 3, column: 'amount_eur' }],
    ['outcome without a date', { Outcomes: [[2, ['O2', 'P1', 'E1', null, 'x', 'investment', null, null, null, null, null, null]]] },
      { code: 'missing-value', sheet: 'Outcomes', row: 3, column: 'date' }],
    ['duplicate outcome id', { Outcomes: [[3, ['O1', 'P1', 'E1', d('2019-04-01'), 'x', 'policy', null, null, null, null, null, null]]] },
      { code: 'duplicate-id', sheet: 'Outcomes', row: 4, column: 'outcome_id' }],
  ];

  test.each(cases)('%s', async (_name, changes, expected) => {
    const { outcome, read } = await importSheets(edit(changes));
    expect(outcome.ok).toBe(false);
    expect(outcome.report.errors.map(where)).toEqual([expected]);
    expect(outcome.report.errors[0]!.message).toMatch(/[.]$/);
    // All or nothing: the failed import wrote no row.
    expect(await read('SELECT count(*)::INTEGER AS n FROM result_indicators')).toEqual([{ n: 0 }]);
  });
});

describe('overlapping periods', () => {
  test('are reported on the later row, naming the earlier one; touching periods are fine', async () => {
    const { outcome } = await importSheets(
      edit({
        'Result values': [
          [5, ['I1', d('2020-01-01'), d('2020-12-31'), 10, 9, null]], // touches 2019's: fine
          [6, ['I1', d('2019-06-01'), d('2020-03-31'), 10, 9, null]], // overlaps rows 3 and 6: names row 3
          [7, ['I1', d('2020-12-31'), d('2021-06-30'), 10, 9, null]], // shares a day with row 6
        ],
      }),
    );
    expect(outcome.report.errors.map(where)).toEqual([
      { code: 'overlapping-periods', sheet: 'Result values', row: 7, column: 'period_start' },
      { code: 'overlapping-periods', sheet: 'Result values', row: 8, column: 'period_start' },
    ]);
    expect(outcome.report.errors[0]!.message).toContain('2019-01-01 to 2019-12-31 on row 3');
    expect(outcome.report.errors[1]!.message).toContain('2020-01-01 to 2020-12-31 on row 6');
  });

  test('of different indicators never clash', async () => {
    const { outcome } = await importSheets(edit({ 'Result values': [[5, ['I2', d('2018-01-01'), d('2018-12-31'), 90, 95, null]]] }));
    expect(outcome.report.errors).toEqual([]);
  });
});

describe('percentages are in points', () => {
  async function percentWorkbook(): Promise<string> {
    const path = join(tempDir(), 'percent.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(base())) {
      if (name === 'Result values') continue;
      const ws = wb.addWorksheet(name);
      for (const row of rows) ws.addRow(row);
    }
    const ws = wb.addWorksheet('Result values');
    ws.addRow(['indicator_id', 'period_start', 'period_end', 'target', 'actual']);
    // A cell Excel formats as a percentage holds the fraction: 0.45 shows as 45%.
    const formatted = ws.addRow(['I2', d('2018-01-01'), d('2018-12-31'), 0.45, 0.4537]);
    formatted.getCell(4).numFmt = '0%';
    formatted.getCell(5).numFmt = '0.00%';
    ws.addRow(['I2', d('2019-01-01'), d('2019-12-31'), '45%', '45.5 %']);
    ws.addRow(['I2', d('2020-01-01'), d('2020-12-31'), 45, 12.5]);
    await wb.xlsx.writeFile(path);
    return path;
  }

  test('a percentage-formatted cell is read times 100, "45%" text as 45, a plain 45 as 45', async () => {
    const { outcome, read } = await importFiles([await percentWorkbook()]);
    expect(outcome.report.errors).toEqual([]);
    const values = await read('SELECT target, actual FROM result_values ORDER BY period_start');
    expect(values).toEqual([
      { target: 45, actual: 45.37 },
      { target: 45, actual: 45.5 },
      { target: 45, actual: 12.5 },
    ]);
  });

  test('"45%%" is an error at its cell', async () => {
    const { outcome } = await importSheets(edit({ 'Result values': [[3, ['I2', d('2019-01-01'), d('2019-12-31'), '45%%', 90, null]]] }));
    expect(outcome.report.errors.map(where)).toEqual([{ code: 'invalid-number', sheet: 'Result values', row: 4, column: 'target' }]);
  });
});

describe('as CSV files', () => {
  function csvFiles(sheets: SheetData, dir = tempDir()): string[] {
    const names: Record<string, string> = {
      Entities: 'entities.csv', Pairings: 'pairings.csv', Members: 'members.csv',
      'Result indicators': 'result-indicators.csv', 'Result values': 'result-values.csv', Outcomes: 'outcomes.csv',
    };
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    return Object.entries(sheets).map(([sheet, rows]) => writeCsv(join(dir, names[sheet]!), rows.map((r) => r.map(iso))));
  }

  test('one CSV per sheet imports the same rows as the workbook', async () => {
    const { outcome, read } = await importFiles(csvFiles(base()));
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.rows).toMatchObject({ result_indicators: 3, result_values: 4, outcomes: 2 });
    const fromCsv = await read('SELECT * FROM result_values ORDER BY indicator_id, period_start');
    const { read: readXlsx } = await importSheets(base());
    expect(fromCsv).toEqual(await readXlsx('SELECT * FROM result_values ORDER BY indicator_id, period_start'));
  });

  test('a bad CSV row is located in its file', async () => {
    const sheets = edit({ Outcomes: [[2, ['O2', 'P1', 'E3', '2019-04-01', 'x', 'investment', null, null, null, null, null, null]]] });
    const { outcome } = await importFiles(csvFiles(sheets));
    expect(outcome.report.errors.map((i) => ({ file: i.file, ...where(i) }))).toEqual([
      { file: 'outcomes.csv', code: 'not-a-member', sheet: null, row: 3, column: 'entity_id' },
    ]);
  });

  test('--mapping maps a results header Twinlens does not know', async () => {
    const sheets = base();
    sheets['Result values']![0] = ['indicator_id', 'début', 'fin', 'cible', 'réalisé', 'comment'];
    const files = csvFiles(sheets);
    const { outcome } = await importFiles(files, { 'début': 'period_start', fin: 'period_end', cible: 'target', 'réalisé': 'actual' });
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.rows).toMatchObject({ result_values: 4 });
  });
});

test('a failed results import leaves the previous dataset whole', async () => {
  const dir = tempDir();
  const good = await writeWorkbook(join(dir, 'good.xlsx'), base());
  const bad = await writeWorkbook(join(dir, 'bad.xlsx'), edit({ 'Result values': [[3, ['I2', d('2019-12-31'), d('2019-01-01'), 80, 90, null]]] }));
  const project = await Project.open(join(dir, 'p.duckdb'));
  try {
    expect((await project.importFiles([good])).ok).toBe(true);
    const second = await project.importFiles([bad]);
    expect(second.ok).toBe(false);
    const counts = await project.withConnection(async (c) =>
      (await c.runAndReadAll('SELECT (SELECT count(*) FROM result_indicators)::INTEGER AS i, (SELECT count(*) FROM result_values)::INTEGER AS v, (SELECT count(*) FROM outcomes)::INTEGER AS o, (SELECT count(*) FROM pairing_outcomes)::INTEGER AS po')).getRowObjectsJS(),
    );
    expect(counts).toEqual([{ i: 3, v: 4, o: 2, po: 2 }]);
  } finally {
    project.close();
  }
});

test('a programme without the three sheets imports as before, with empty results tables', async () => {
  const sheets = base();
  delete sheets['Result indicators'];
  delete sheets['Result values'];
  delete sheets.Outcomes;
  const { outcome, read } = await importSheets(sheets);
  expect(outcome.ok).toBe(true);
  expect(outcome.report.warnings).toEqual([]);
  expect(await read('SELECT (SELECT count(*) FROM result_indicators)::INTEGER AS n')).toEqual([{ n: 0 }]);
});
