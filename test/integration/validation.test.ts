import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { Project } from '../../src-main/core/store/project.js';
import type { ImportIssue } from '../../src-main/shared/issues.js';
import { type SheetData, tempDir, writeWorkbook } from '../helpers/programme.js';

/** A valid minimal programme; each test breaks one thing. */
function base(): SheetData {
  return {
    Entities: [
      ['entity_id', 'name', 'country', 'population', 'gcom_signatory', 'gcom_joined', 'kind'],
      ['E1', 'Rotterdam', 'NL', 650000, 'yes', '2018-01-01', 'city'],
      ['E2', 'Surat', 'IN', 4500000, 'no', null, null],
      ['E3', 'Umeå', 'SE', null, null, null, null],
    ],
    Pairings: [
      ['pairing_id', 'title', 'start_date', 'status', 'action_plan'],
      ['P1', 'Rotterdam - Surat', '2018-03-01', 'active', 'adopted'],
      ['P2', 'Umeå - Surat', '2019-01-01', 'planned', null],
    ],
    Members: [
      ['pairing_id', 'entity_id', 'side'],
      ['P1', 'E1', 'EU'],
      ['P1', 'E2', 'partner'],
      ['P2', 'E3', 'EU'],
      ['P2', 'E2', 'partner'],
    ],
    Stakeholders: [
      ['pairing_id', 'entity_id', 'organisation', 'helix', 'participants'],
      ['P1', 'E1', 'Erasmus University', 'academia', 3],
    ],
    Activities: [
      ['pairing_id', 'date', 'type', 'participants'],
      ['P1', '2018-05-01', 'webinar', 20],
    ],
  };
}

async function check(sheets: SheetData) {
  const dir = tempDir();
  const file = await writeWorkbook(join(dir, 'programme.xlsx'), sheets);
  const project = await Project.open();
  try {
    return await project.importFiles([file]);
  } finally {
    project.close();
  }
}

const where = (i: ImportIssue) => ({ code: i.code, file: i.file, sheet: i.sheet, row: i.row, column: i.column });

test('the base programme is valid, so each failure below has one cause', async () => {
  const outcome = await check(base());
  expect(outcome.report.errors).toEqual([]);
  expect(outcome.ok).toBe(true);
});

describe('every error kind names its sheet, row and column', () => {
  test('missing required column (no row)', async () => {
    const s = base();
    s.Entities = s.Entities!.map((r) => [r[0], r[1], r[3]]); // drop country
    const { ok, report } = await check(s);
    expect(ok).toBe(false);
    expect(report.errors.map(where)).toEqual([
      { code: 'missing-column', file: 'programme.xlsx', sheet: 'Entities', row: null, column: 'country' },
    ]);
    expect(report.errors[0]!.message).toMatch(/add a column/);
  });

  test('missing required value', async () => {
    const s = base();
    s.Entities![2]![1] = null; // E2's name, Excel row 3
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([{ code: 'missing-value', file: 'programme.xlsx', sheet: 'Entities', row: 3, column: 'name' }]);
  });

  test('duplicate id, reported on every occurrence after the first', async () => {
    const s = base();
    s.Entities!.push(['E1', 'Rotterdam again', 'NL'], ['E1', 'Rotterdam thrice', 'NL']); // rows 5 and 6
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([
      { code: 'duplicate-id', file: 'programme.xlsx', sheet: 'Entities', row: 5, column: 'entity_id' },
      { code: 'duplicate-id', file: 'programme.xlsx', sheet: 'Entities', row: 6, column: 'entity_id' },
    ]);
    expect(report.errors[0]!.message).toContain('row 2');
  });

  test('unknown reference', async () => {
    const s = base();
    s.Members!.push(['P1', 'E99', 'partner'], ['P9', 'E1', 'EU']); // rows 6, 7
    s.Stakeholders!.push(['P1', 'E42', 'Ghost org', 'business', 1]); // row 3
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([
      { code: 'unknown-reference', file: 'programme.xlsx', sheet: 'Members', row: 6, column: 'entity_id' },
      { code: 'unknown-reference', file: 'programme.xlsx', sheet: 'Members', row: 7, column: 'pairing_id' },
      { code: 'unknown-reference', file: 'programme.xlsx', sheet: 'Stakeholders', row: 3, column: 'entity_id' },
    ]);
    expect(report.errors[0]!.message).toMatch(/E99.*Entities sheet/);
  });

  test('unparseable number', async () => {
    const s = base();
    s.Entities![3]![3] = '12k';
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([{ code: 'invalid-number', file: 'programme.xlsx', sheet: 'Entities', row: 4, column: 'population' }]);
  });

  test('unparseable and non-existent dates', async () => {
    const s = base();
    s.Entities![1]![5] = '31/02/2019';
    s.Pairings![2]![2] = 'someday';
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([
      { code: 'invalid-date', file: 'programme.xlsx', sheet: 'Entities', row: 2, column: 'gcom_joined' },
      { code: 'invalid-date', file: 'programme.xlsx', sheet: 'Pairings', row: 3, column: 'start_date' },
    ]);
    expect(report.errors[0]!.message).toMatch(/not a day that exists/);
  });

  test('a pairing that ends before it starts', async () => {
    const s = base();
    s.Pairings![0]!.push('end_date');
    s.Pairings![2]!.push('2018-12-31'); // P2 starts 2019-01-01
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([{ code: 'invalid-date', file: 'programme.xlsx', sheet: 'Pairings', row: 3, column: 'end_date' }]);
    expect(report.errors[0]!.message).toMatch(/2018-12-31 is before the start date 2019-01-01/);
  });

  test('unknown helix value', async () => {
    const s = base();
    s.Stakeholders!.push(['P1', 'E2', 'Bank of Surat', 'bank', 2]);
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([{ code: 'unknown-helix', file: 'programme.xlsx', sheet: 'Stakeholders', row: 3, column: 'helix' }]);
    expect(report.errors[0]!.message).toMatch(/academia, business, government or civil society/);
  });

  test('unknown country', async () => {
    const s = base();
    s.Entities![3]![2] = 'Atlantis';
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([{ code: 'unknown-country', file: 'programme.xlsx', sheet: 'Entities', row: 4, column: 'country' }]);
  });

  test('unknown status, action plan, kind and yes/no values', async () => {
    const s = base();
    s.Pairings![1]![3] = 'ongoing';
    s.Pairings![2]![4] = 'finished';
    s.Entities![1]![6] = 'village';
    s.Entities![2]![4] = 'maybe';
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([
      { code: 'invalid-value', file: 'programme.xlsx', sheet: 'Entities', row: 2, column: 'kind' },
      { code: 'invalid-value', file: 'programme.xlsx', sheet: 'Entities', row: 3, column: 'gcom_signatory' },
      { code: 'invalid-value', file: 'programme.xlsx', sheet: 'Pairings', row: 2, column: 'status' },
      { code: 'invalid-value', file: 'programme.xlsx', sheet: 'Pairings', row: 3, column: 'action_plan' },
    ]);
  });

  test('missing required sheet', async () => {
    const s = base();
    delete s.Members;
    const { report } = await check(s);
    expect(report.errors.map(where)).toEqual([{ code: 'missing-sheet', file: 'programme.xlsx', sheet: 'Members', row: null, column: null }]);
  });

  test('a workbook with nothing of the data model', async () => {
    const { report } = await check({ Budget: [['year', 'amount'], [2020, 5]] });
    expect(report.errors.map((e) => e.code)).toEqual(['no-programme-data']);
    expect(report.warnings.map(where)).toEqual([{ code: 'ignored-sheet', file: 'programme.xlsx', sheet: 'Budget', row: null, column: null }]);
  });

  test('all problems are reported at once', async () => {
    const s = base();
    s.Entities![3]![2] = 'Atlantis';
    s.Members!.push(['P1', 'E99', 'partner']);
    s.Stakeholders!.push(['P1', 'E2', 'Bank', 'bank', 2]);
    const { report } = await check(s);
    expect(report.errors.map((e) => e.code)).toEqual(['unknown-country', 'unknown-reference', 'unknown-helix']);
  });
});

describe('warnings do not block', () => {
  test('unknown theme and activity type kept as written, ignored sheet and column, thin pairing', async () => {
    const s = base();
    s.Themes = [['pairing_id', 'theme', 'primary'], ['P1', 'Urban agriculture', 'yes'], ['P2', 'urban AGRICULTURE', null]];
    s.Activities!.push(['P1', '2018-06-01', 'hackathon', 12]);
    s.Notes = [['anything'], ['at all']];
    s.Pairings![0]!.push('budget_eur');
    s.Pairings!.push(['P3', 'Lonely', null, null, null]);
    const outcome = await check(s);
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.ok).toBe(true);
    expect(outcome.report.warnings.map(where)).toEqual([
      { code: 'ignored-column', file: 'programme.xlsx', sheet: 'Pairings', row: 1, column: null },
      { code: 'too-few-members', file: 'programme.xlsx', sheet: 'Pairings', row: 4, column: 'pairing_id' },
      { code: 'unknown-activity-type', file: 'programme.xlsx', sheet: 'Activities', row: 3, column: 'type' },
      { code: 'unknown-theme', file: 'programme.xlsx', sheet: 'Themes', row: 2, column: 'theme' },
      { code: 'ignored-sheet', file: 'programme.xlsx', sheet: 'Notes', row: null, column: null },
    ]);
  });
});

describe('all or nothing', () => {
  test('a failed import leaves the previous dataset untouched', async () => {
    const dir = tempDir();
    const good = await writeWorkbook(join(dir, 'good.xlsx'), base());
    const badSheets = base();
    badSheets.Pairings!.push(['P7', 'New', 'not a date', null, null]);
    const bad = await writeWorkbook(join(dir, 'bad.xlsx'), badSheets);
    const path = join(dir, 'project.duckdb');
    const project = await Project.open(path);
    try {
      expect((await project.importFiles([good])).ok).toBe(true);
      const before = await project.withConnection((c) => computeIndicators(c));
      const failed = await project.importFiles([bad]);
      expect(failed.ok).toBe(false);
      const after = await project.withConnection((c) => computeIndicators(c));
      expect(after).toEqual(before);
      expect(after.summary.pairings).toBe(2);
    } finally {
      project.close();
    }
  });

  test('a successful import replaces the dataset and records provenance', async () => {
    const dir = tempDir();
    const first = await writeWorkbook(join(dir, 'first.xlsx'), base());
    const s = base();
    s.Pairings!.push(['P3', 'Rotterdam - Umeå', '2020-01-01', null, null]);
    s.Members!.push(['P3', 'E1', 'EU'], ['P3', 'E3', 'EU']);
    const second = await writeWorkbook(join(dir, 'second.xlsx'), s);
    const project = await Project.open(join(dir, 'p.duckdb'));
    try {
      await project.importFiles([first]);
      const outcome = await project.importFiles([second]);
      expect(outcome).toMatchObject({ ok: true, importId: 2, rows: { pairings: 3, members: 6, entities: 3 } });
      const provenance = await project.withConnection(async (c) =>
        (await c.runAndReadAll('SELECT import_id, file_name, sha256, bytes FROM import_files ORDER BY import_id')).getRowObjectsJS(),
      );
      expect(provenance.map((p) => [p.import_id, p.file_name])).toEqual([[1, 'first.xlsx'], [2, 'second.xlsx']]);
      expect(String(provenance[1]!.sha256)).toMatch(/^[0-9a-f]{64}$/);
      const rows = await project.withConnection(async (c) =>
        (await c.runAndReadAll("SELECT table_name, row_count::INTEGER AS n FROM import_rows WHERE import_id = 2 ORDER BY table_name")).getRowObjectsJS(),
      );
      expect(rows).toEqual([
        { table_name: 'activities', n: 1 }, { table_name: 'entities', n: 3 }, { table_name: 'members', n: 6 },
        { table_name: 'pairings', n: 3 }, { table_name: 'stakeholders', n: 1 },
      ]);
      expect((await project.withConnection((c) => computeIndicators(c))).summary.pairings).toBe(3);
    } finally {
      project.close();
    }
  });
});
