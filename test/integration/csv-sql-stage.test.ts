import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableName } from '../../src-main/shared/domain.js';
import { readCanonicalRows } from '../../src-main/core/import/canonical-sheet.js';
import { csvSheet, sniffSeparator } from '../../src-main/core/import/csv-reader.js';
import { plainRecordCount } from '../../src-main/core/import/csv-scan.js';
import { stageCsvInSql } from '../../src-main/core/import/csv-sql-stage.js';
import { mapHeaders } from '../../src-main/core/import/header-map.js';
import { ImportState } from '../../src-main/core/import/import-state.js';
import { IssueLog, type RowPlace } from '../../src-main/core/import/issue-log.js';
import { CANONICAL_SHEETS } from '../../src-main/core/import/sheet-specs.js';
import type { SheetRow } from '../../src-main/core/import/sheet-source.js';
import { Staging } from '../../src-main/core/import/staging.js';
import { Project } from '../../src-main/core/store/project.js';
import { tempDir } from '../helpers/programme.js';

/**
 * The SQL fast path for plain canonical CSVs against the row reader every other file goes
 * through: on the same file they must stage the very same rows (values, defaults, file row
 * numbers), and where the file has anything to report the fast path must step aside
 * having changed nothing.
 */
const dir = tempDir('twinlens-csv-sql-');
let project: Project;
beforeAll(async () => {
  project = await Project.open();
});
afterAll(() => project.close());

const spec = (table: TableName) => CANONICAL_SHEETS.find((s) => s.table === table)!;
let fileNo = 0;

interface Staged {
  fast: boolean;
  fastRows: unknown[][];
  rowRows: unknown[][];
  rowIssues: ReturnType<IssueLog['report']>;
  fastIssues: ReturnType<IssueLog['report']>;
}

async function rowsOf(c: DuckDBConnection, catalog: string, table: TableName): Promise<unknown[][]> {
  const r = await c.runAndReadAll(`SELECT * FROM "${catalog}"."${table}" ORDER BY _src, _row`);
  return r.getRowsJS() as unknown[][];
}

/** Stages one CSV text both ways, each into its own staging catalog. */
async function stageBoth(table: TableName, text: string): Promise<Staged> {
  const path = join(dir, `${table}-${++fileNo}.csv`);
  writeFileSync(path, text);
  return project.withConnection(async (c) => {
    const fastStaging = await Staging.create(c, `fast${fileNo}`);
    const rowStaging = await Staging.create(c, `rows${fileNo}`);
    try {
      const fastIssues = new IssueLog();
      const rowIssues = new IssueLog();
      const fastState = new ImportState(fastStaging, fastIssues);
      const rowState = new ImportState(rowStaging, rowIssues);
      const rows: SheetRow[] = [];
      for await (const batch of csvSheet(text).rows) rows.push(...batch);
      const [header, ...rest] = rows;
      const place: RowPlace = { file: `${table}.csv`, sheet: null, order: 0 };
      const columns = mapHeaders(header!.cells, spec(table).columns, place, 1, rowIssues);
      const delimiter = sniffSeparator(text);
      const records = plainRecordCount(text, delimiter);
      const fast = records !== null
        && (await stageCsvInSql({ path, delimiter, records: () => records, width: header!.cells.length }, { spec: spec(table), columns, place, src: 0, onRow: () => {} }, fastState));
      await readCanonicalRows(spec(table), { columns, rows: (async function* () { yield rest; })(), place, src: 0, onRow: () => {} }, rowState);
      fastStaging.flush();
      rowStaging.flush();
      return {
        fast,
        fastRows: await rowsOf(c, `fast${fileNo}`, table),
        rowRows: await rowsOf(c, `rows${fileNo}`, table),
        rowIssues: rowIssues.report(),
        fastIssues: fastIssues.report(),
      };
    } finally {
      await fastStaging.dispose();
      await rowStaging.dispose();
    }
  });
}

const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

// Spellings a programme office writes, every one of them valid; typed cells may carry spaces (parseCell trims them).
const VARIANTS: Record<TableName, { header: string[]; cells: string[][] }> = {
  entities: {
    header: ['entity_id', 'name', 'country', 'kind', 'region', 'population', 'lat', 'longitude', 'gcom_signatory', 'gcom_joined', 'gcom_action_plan'],
    cells: [
      [], ['Rotterdam', 'São Paulo', 'Köln', 'Umeå'], ['NL', 'Netherlands', 'india', 'BR', 'Mexico'], ['', 'city', 'Region', 'METROPOLITAN AREA'],
      ['', 'europe', 'Europe', 'Lakes Region', 'lakes  region', 'LAKES REGION'], ['', '1200', '0', '5000000', '007', '1 200', '+12', '1234567890'], ['', '51.92', '-3.5', '0', '-0', '007.50', '1e3', '.5'], ['', '4.48', '-70', '+4.5'],
      ['', 'yes', 'Y', 'x', 'no', '0', 'TRUE'], ['', '2019-03-01', '01/03/2019', 'March 2019', '2019-3-1'], ['', 'yes', 'n', '1'],
    ],
  },
  pairings: {
    header: ['pairing_id', 'title', 'program', 'component', 'start', 'end_date', 'status', 'action_plan', 'pilot_projects'],
    cells: [
      [], ['', 'Rotterdam - Surat', 'A title'], ['', 'IUC', 'IURC'], ['', 'City-To-City', 'region-to-region', 'Cross-border'],
      ['', '2018-01-01', '01/02/2018', 'June 2017'], ['', '2021-12-31', 'December 2022'], ['', 'Active', 'completed', 'PLANNED'],
      ['', 'none', 'Drafting', 'ADOPTED'], ['', '0', '3', '12'],
    ],
  },
  members: { header: ['pairing_id', 'entity_id', 'side'], cells: [['P1', 'P2', 'P3'], ['E1', 'E2', 'E3'], ['', 'EU', 'eu', 'Partner', 'both']] },
  themes: {
    header: ['pairing_id', 'theme', 'primary'],
    cells: [['P1', 'P2'], ['Circular economy', 'circular  ECONOMY', 'Mobility and transport', 'Innovation'], ['', 'yes', 'no', 'x']],
  },
  stakeholders: {
    header: ['pairing_id', 'entity_id', 'organization', 'helix', 'participants'],
    cells: [['P1', 'P2'], ['', 'E1'], ['TU Delft', 'Port of Rotterdam', 'Agência 5'], ['academia', 'University', 'SME', 'ngo', 'Local Government', 'civil society', 'academia ', ' business'], ['', '0', '7', '0012', '3 000']],
  },
  activities: {
    header: ['pairing_id', 'date', 'type', 'participants', 'description'],
    cells: [['P1', 'P2'], ['', '2019-05-01', 'May 2019', ' 2019-06-01'], ['', 'Study Visit', 'webinar', 'TRAINING'], ['', '0', '40'], ['', 'Kick-off in Rotterdam']],
  },
  result_indicators: {
    header: ['indicator_id', 'pairing_id', 'entity_id', 'level', 'title', 'unit', 'measure', 'direction', 'accumulation', 'baseline', 'baseline_date', 'framework_ref', 'sdgs'],
    cells: [
      [], ['P1', 'P2'], ['', 'E1'], ['output', 'Outcome', 'IMPACT'], ['Staff trained', 'UCAP measures adopted'], ['', 'people', '%'], ['', 'number', 'Percentage'],
      ['', 'increase', 'Decrease'], ['', 'level', 'LEVEL'], ['', '0', '12.5', '45%', '45 %', '-3', '1 200'], ['', '2018-01-01', 'March 2018'], ['', 'GERF 2.5', 'gerf  2.5'],
      ['', '11.3', '13.2; 11.6', '17.17;7.2', '13.B', '11.3;11.3'],
    ],
  },
  result_values: {
    header: ['indicator_id', 'period_start', 'period_end', 'target', 'actual', 'comment'],
    cells: [['I1', 'I2'], ['2018-01-01', '01/01/2018'], ['2018-12-31', '31/12/2018'], ['', '10', '45%', '0.5'], ['', '8', '12 %', '-0'], ['', 'On plan']],
  },
  outcomes: {
    header: ['outcome_id', 'pairing_id', 'entity_id', 'date', 'description', 'change_type', 'actor_helix', 'significance', 'contribution', 'evidence', 'substantiation', 'amount_eur', 'sdg_targets', 'indicator_id'],
    cells: [
      [], ['P1', 'P2'], ['E1', 'E2'], ['2019-03-01', 'May 2019'], ['Council adopted the plan'], ['policy', 'Practice', 'INVESTMENT', 'agenda'], ['', 'NGO', 'government', 'SME'],
      ['', 'high', 'Low'], ['', 'Peer review'], ['', 'https://example.org'], ['', 'substantiated', 'Disputed'], ['', '0', '250000', '1 000.5'], ['', '11.3', '13.b'], ['', 'I1'],
    ],
  },
};

const ID_PREFIX: Partial<Record<TableName, string>> = { entities: 'E', pairings: 'P', result_indicators: 'I', outcomes: 'O' };
const ID_TABLES = new Set(Object.keys(ID_PREFIX) as TableName[]);

/** Rows drawn from the variants; ids unique where the table has ids; some blank lines of commas. */
function rowsArbitrary(table: TableName) {
  const { header, cells } = VARIANTS[table];
  const row = fc.tuple(...cells.map((pool, i) => (i === 0 && ID_TABLES.has(table) ? fc.constant('') : fc.constantFrom(...pool))));
  return fc.array(fc.oneof({ weight: 9, arbitrary: row }, { weight: 1, arbitrary: fc.constant(header.map(() => '')) }), { minLength: 1, maxLength: 30 }).map((rows) => {
    let id = 0;
    return [header, ...rows.map((r) => (ID_TABLES.has(table) && r.some((v) => v !== '') ? [`${ID_PREFIX[table]}${++id}`, ...r.slice(1)] : [...r]))];
  });
}

describe('plain canonical CSVs staged by SQL equal the row reader, row for row', () => {
  for (const table of Object.keys(VARIANTS) as TableName[]) {
    test(table, async () => {
      await fc.assert(
        fc.asyncProperty(rowsArbitrary(table), async (rows) => {
          // A blank row: only its commas, never an empty line (that file is not plain).
          const staged = await stageBoth(table, csv(rows.map((r) => (r.every((v) => v === '') ? r.map(() => '') : r))));
          const clean = staged.rowIssues.errors.length === 0 && staged.rowIssues.warnings.length === 0;
          if (clean) {
            expect(staged.fast).toBe(true);
            expect(staged.fastRows).toEqual(staged.rowRows);
          } else {
            // Something to report (here: only a pairing ending before it starts): step aside.
            expect(staged.fast).toBe(false);
            expect(staged.fastRows).toEqual([]);
          }
          expect(staged.fastIssues.errors).toEqual([]);
        }),
        { numRuns: 25 },
      );
    }, 120_000);
  }
});

describe('the fast path steps aside, changing nothing, wherever the row reader has something to say', () => {
  const cases: Array<[string, TableName, string]> = [
    ['a duplicate id', 'pairings', csv([['pairing_id'], ['P1'], ['P1']])],
    ['a date that does not exist', 'pairings', csv([['pairing_id', 'start_date'], ['P1', '2019-02-30']])],
    ['an end before the start', 'pairings', csv([['pairing_id', 'start_date', 'end_date'], ['P1', '2019-02-01', '2018-01-01']])],
    ['an unknown helix', 'stakeholders', csv([['pairing_id', 'organisation', 'helix'], ['P1', 'X', 'media']])],
    ['a theme outside the catalogue (a warning)', 'themes', csv([['pairing_id', 'theme'], ['P1', 'Urban farming']])],
    ['a missing required value', 'members', csv([['pairing_id', 'entity_id'], ['P1', '']])],
    ['a negative count', 'activities', csv([['pairing_id', 'participants'], ['P1', '-3']])],
    ['an unknown country', 'entities', csv([['entity_id', 'name', 'country'], ['E1', 'Atlantis', 'Atlantis']])],
    ['an unknown SDG target', 'result_indicators', csv([['indicator_id', 'pairing_id', 'level', 'title', 'sdg_targets'], ['I1', 'P1', 'output', 'T', '18.1']])],
    ['a percentage that is not one', 'result_values', csv([['indicator_id', 'period_start', 'period_end', 'target'], ['I1', '2018-01-01', '2018-12-31', '45%%']])],
    ['a negative amount', 'outcomes', csv([['outcome_id', 'pairing_id', 'entity_id', 'date', 'description', 'change_type', 'amount_eur'], ['O1', 'P1', 'E1', '2019-01-01', 'x', 'policy', '-1']])],
  ];
  test.each(cases)('%s', async (_what, table, text) => {
    const staged = await stageBoth(table, text);
    expect(staged.rowIssues.errors.length + staged.rowIssues.warnings.length).toBeGreaterThan(0);
    expect(staged.fast).toBe(false);
    expect(staged.fastRows).toEqual([]);
    expect(staged.fastIssues).toEqual({ errors: [], warnings: [] });
  });

  test.each([
    ['whitespace around a value', 'members', 'pairing_id,entity_id\nP1, E1\n'],
    ['a no-break space ending a quoted value', 'members', 'pairing_id,entity_id\nP1,"E1\u00a0"\n'],
    ['a tab starting a value', 'stakeholders', 'pairing_id,organisation,helix\nP1,\tTU Delft,academia\n'],
    ['a tab ending a value', 'members', 'pairing_id,entity_id\nP1,E1\t\n'],
    ['an empty line', 'members', 'pairing_id,entity_id\n\nP1,E1\n'],
    ['a ragged row', 'members', 'pairing_id,entity_id\nP1\n'],
  ] as Array<[string, TableName, string]>)('a file that is not plain: %s', async (_what, table, text) => {
    const staged = await stageBoth(table, text);
    expect(staged.fast).toBe(false);
    expect(staged.fastRows).toEqual([]);
  });
});

describe('a typed column of many spellings (looked up through a join, not a map)', () => {
  // Over 32 distinct texts that are not plain digits ("1 000" is read by parseCell), among
  // plain ones and blanks: plain texts read as themselves, the others through the join.
  test.each([
    ['participants', 'stakeholders', ['pairing_id', 'organisation', 'helix', 'participants'], (i: number) => ['P1', `Org ${i}`, 'academia', i % 3 === 0 ? String(i) : i % 7 === 0 ? '' : `${i} 000`]],
    ['targets and actuals', 'result_values', ['indicator_id', 'period_start', 'period_end', 'target', 'actual'], (i: number) => [`I${i}`, '2018-01-01', '2018-12-31', i % 2 === 0 ? `${i}.5` : ` ${i}`, i % 5 === 0 ? '' : `${i} %`]],
  ] as Array<[string, TableName, string[], (i: number) => string[]]>)('%s', async (_what, table, header, row) => {
    const staged = await stageBoth(table, csv([header, ...Array.from({ length: 90 }, (_, i) => row(i + 1))]));
    expect(staged.rowIssues).toEqual({ errors: [], warnings: [] });
    expect(staged.fast).toBe(true);
    expect(staged.fastRows).toEqual(staged.rowRows);
    expect(staged.fastRows.length).toBe(90);
  });
});

describe('a long cell', () => {
  // The limit itself is the reader's (withCellLimit, which stage-files wraps every CSV in): the fast path leaves such a file to it.
  test('past the limit in characters: the fast path steps aside', async () => {
    const staged = await stageBoth('stakeholders', csv([['pairing_id', 'organisation', 'helix'], ['P1', 'x'.repeat(32_768), 'academia']]));
    expect(staged.fast).toBe(false);
    expect(staged.fastRows).toEqual([]);
  });

  test('past the limit in bytes only (two-byte letters): staged by SQL like any other', async () => {
    const staged = await stageBoth('stakeholders', csv([['pairing_id', 'organisation', 'helix'], ['P1', 'é'.repeat(20_000), 'academia'], ['P2', 'TU Delft', 'academia']]));
    expect(staged.rowIssues).toEqual({ errors: [], warnings: [] });
    expect(staged.fast).toBe(true);
    expect(staged.fastRows).toEqual(staged.rowRows);
  });
});
