import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manifestSchema } from '../../src-main/core/export/parquet/manifest.js';
import { openParquetFolders } from '../../src-main/core/export/parquet/read-parquet.js';
import { writeParquetFolder } from '../../src-main/core/export/parquet/write-parquet.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';
import { REPO, runCli } from '../helpers/cli.js';
import { importedProject, tempDir } from '../helpers/programme.js';

// The sample programme has result indicators, result values and outcomes: every table.
const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const DATASET = ['entities', 'pairings', 'members', 'themes', 'stakeholders', 'activities', 'result_indicators', 'result_values', 'outcomes'];

let project: Project;
let dir: string;
let folder: string;

const compute = (p: Project, filters: Filters = {}): Promise<Indicators> => p.withConnection((c) => computeIndicators(c, filters));

async function fromFolders(dirs: string[], filters: Filters = {}): Promise<Indicators> {
  const opened = await openParquetFolders(dirs);
  try {
    return await compute(opened, filters);
  } finally {
    opened.close();
  }
}

async function count(p: Project, sql: string): Promise<number> {
  return p.withConnection(async (c) => Number((await c.runAndReadAll(sql)).getRows()[0]![0]));
}

/** Runs SQL in a DuckDB of its own: the other tool that writes or reads the folder. */
async function otherTool(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

beforeAll(async () => {
  project = await importedProject([SAMPLE]);
  dir = tempDir('twinlens-parquet-');
  folder = join(dir, 'sample');
  await writeParquetFolder(project, {}, folder);
});

afterAll(() => {
  project?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('export --parquet', () => {
  test('writes one Parquet file per table with the rows of the project, and a manifest naming them', async () => {
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));
    expect(manifest.format).toBe('twinlens-parquet');
    for (const table of DATASET) {
      const rows = await count(project, `SELECT count(*) FROM ${table}`);
      expect(rows, table).toBeGreaterThan(0);
      expect(manifest.tables[table], table).toEqual({ file: `${table}.parquet`, rows });
      // Read by a DuckDB that knows nothing of Twinlens, as the file is.
      const [read] = await otherTool(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(folder, `${table}.parquet`)}')`);
      expect(read!.n, table).toBe(rows);
    }
    expect(Object.keys(manifest.derived).length).toBeGreaterThan(10);
    for (const { file } of Object.values(manifest.derived)) expect(existsSync(join(folder, file)), file).toBe(true);
  });

  test("the manifest's source is the imported file with its SHA-256 and rows per table", () => {
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));
    expect(manifest.sources).toHaveLength(1);
    const [source] = manifest.sources;
    expect(source!.file).toBe('iuc-programme.xlsx');
    expect(source!.sha256).toBe(createHash('sha256').update(readFileSync(SAMPLE)).digest('hex'));
    expect(source!.rows.pairings).toBe(manifest.tables.pairings!.rows);
    expect(source!.importedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  test('columns keep their names and types, so another tool reads dates as dates', async () => {
    const described = await otherTool(`DESCRIBE SELECT * FROM read_parquet('${join(folder, 'pairings.parquet')}')`);
    const types = Object.fromEntries(described.map((r) => [r.column_name, r.column_type]));
    expect(types).toMatchObject({ pairing_id: 'VARCHAR', start_date: 'DATE', pilot_projects: 'INTEGER' });
  });

  test('a filtered export holds the pairings in scope, what hangs off them and the entities they name', async () => {
    const filtered = join(dir, 'latin-america');
    const filters: Filters = { region: ['Latin America & Caribbean'] };
    const result = await writeParquetFolder(project, filters, filtered);
    const expected = await compute(project, filters);
    expect(result.pairings).toBe(expected.summary.pairings);
    expect(result.pairings).toBeLessThan(67);
    const read = await fromFolders([filtered]);
    // The folder is the scope: read whole, it gives the figures of the filtered project.
    expect({ ...read, scope: null }).toEqual({ ...expected, scope: null });
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(filtered, 'manifest.json'), 'utf8')));
    expect(manifest.filters).toMatchObject({ region: ['Latin America & Caribbean'] });
  });

  test('replaces an earlier export whole, and refuses a non-empty folder that is not one', async () => {
    const again = join(dir, 'again');
    await writeParquetFolder(project, { region: ['East Asia'] }, again);
    await writeParquetFolder(project, {}, again);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(again, 'manifest.json'), 'utf8')));
    expect(manifest.tables.pairings!.rows).toBe(67);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);

    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep me');
    const run = runCli(['export', SAMPLE, '--parquet', mine]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${mine} is not empty and holds no Twinlens Parquet export`);
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  });
});

describe('reading Parquet folders', () => {
  test('indicators from the folder equal indicators from the project, with results and outcomes', async () => {
    const expected = await compute(project);
    expect(expected.results).not.toBeNull();
    expect(expected.outcomes).not.toBeNull();
    expect(await fromFolders([folder])).toEqual(expected);
  });

  test("a folder read in place (a quote in its name) exports again to the same tables, with no column of Twinlens' own", async () => {
    const quoted = join(dir, "it's here");
    await writeParquetFolder(project, {}, quoted);
    const opened = await openParquetFolders([quoted]);
    const again = join(dir, 'again-from-parquet');
    try {
      await writeParquetFolder(opened, {}, again);
      expect(await compute(opened)).toEqual(await compute(project));
    } finally {
      opened.close();
    }
    for (const table of DATASET) {
      const same = await otherTool(
        `SELECT count(*)::INTEGER AS n FROM (SELECT * FROM read_parquet('${join(folder, `${table}.parquet`)}') EXCEPT ALL SELECT * FROM read_parquet('${join(again, `${table}.parquet`)}'))`,
      );
      expect(same[0]!.n, table).toBe(0);
      const columns = async (d: string) => (await otherTool(`DESCRIBE SELECT * FROM read_parquet('${join(d, `${table}.parquet`)}')`)).map((r) => r.column_name);
      expect(await columns(again), table).toEqual(await columns(folder));
    }
  });

  test('so do they with filters and as of a date', async () => {
    const filters: Filters = { theme: ['Climate change adaptation and mitigation'], asOf: '2019-06-30' };
    expect(await fromFolders([folder], filters)).toEqual(await compute(project, filters));
  });

  test('an export as of a date holds what counted that day, and derives the indicator inputs on reading', async () => {
    const asOf = join(dir, 'as-of');
    await writeParquetFolder(project, { asOf: '2019-06-30' }, asOf);
    expect(existsSync(join(asOf, 'derived'))).toBe(false);
    const later = await count(project, "SELECT count(*) FROM result_values WHERE period_end > DATE '2019-06-30'");
    expect(later).toBeGreaterThan(0);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(asOf, 'manifest.json'), 'utf8')));
    expect(manifest.tables.result_values!.rows).toBe((await count(project, 'SELECT count(*) FROM result_values')) - later);
    const expected = await compute(project, { asOf: '2019-06-30' });
    expect(await fromFolders([asOf], { asOf: '2019-06-30' })).toEqual(expected);
  });

  test('a folder written by another tool, columns reordered, other types, no manifest, a table in part files, reads the same', async () => {
    const foreign = join(dir, 'foreign');
    mkdirSync(join(foreign, 'stakeholders'), { recursive: true });
    // pandas writes dates as timestamps, and integers with a gap as floats: so does this tool.
    const asPandasWrites: Record<string, string> = { start_date: 'TIMESTAMP', end_date: 'TIMESTAMP', population: 'DOUBLE', pilot_projects: 'BIGINT' };
    const reversed = async (table: string) => {
      const names = (await otherTool(`DESCRIBE SELECT * FROM read_parquet('${join(folder, `${table}.parquet`)}')`)).map((r) => String(r.column_name));
      return names
        .map((n) => (asPandasWrites[n] ? `"${n}"::${asPandasWrites[n]} AS "${n}"` : `"${n}"`))
        .reverse()
        .join(', ');
    };
    const statements: string[] = [];
    for (const table of DATASET.filter((t) => t !== 'stakeholders')) {
      // Every column, in reverse order, as another tool may write them.
      statements.push(`COPY (SELECT ${await reversed(table)} FROM read_parquet('${join(folder, `${table}.parquet`)}')) TO '${join(foreign, `${table}.parquet`)}' (FORMAT parquet);`);
    }
    // Spark's shape: a folder of part files (and a _SUCCESS marker), the rows split between them.
    const src = `read_parquet('${join(folder, 'stakeholders.parquet')}', file_row_number = true)`;
    statements.push(`COPY (SELECT ${await reversed('stakeholders')} FROM ${src} WHERE file_row_number < 100 ORDER BY file_row_number) TO '${join(foreign, 'stakeholders', 'part-00000.parquet')}' (FORMAT parquet);`);
    statements.push(`COPY (SELECT ${await reversed('stakeholders')} FROM ${src} WHERE file_row_number >= 100 ORDER BY file_row_number) TO '${join(foreign, 'stakeholders', 'part-00001.parquet')}' (FORMAT parquet);`);
    await otherTool(statements.join('\n'));
    writeFileSync(join(foreign, 'stakeholders', '_SUCCESS'), '');
    const [first] = await otherTool(`SELECT * FROM read_parquet('${join(foreign, 'entities.parquet')}') LIMIT 1`);
    expect(Object.keys(first!)[0]).toBe('gcom_action_plan');
    const [pairing] = await otherTool(`SELECT typeof(start_date) AS t FROM read_parquet('${join(foreign, 'pairings.parquet')}') LIMIT 1`);
    expect(pairing!.t).toBe('TIMESTAMP');

    const expected = await compute(project);
    const read = await fromFolders([foreign]);
    // No provenance in the folder: the warnings of the import are not there to read.
    expect({ ...read, warnings: [] }).toEqual({ ...expected, warnings: [] });
    // Its own files are its provenance: name, SHA-256 and rows, the part files one by one.
    const opened = await openParquetFolders([foreign]);
    try {
      const files = await opened.withConnection(async (c) =>
        (await c.runAndReadAll('SELECT f.file_name, f.sha256, r.row_count::INTEGER AS n FROM import_files f JOIN import_rows r USING (import_id, file_index) ORDER BY f.file_index')).getRowObjectsJS(),
      );
      expect(files.map((f) => f.file_name)).toEqual([
        ...DATASET.slice(0, 4).map((t) => `foreign/${t}.parquet`),
        'foreign/stakeholders/part-00000.parquet',
        'foreign/stakeholders/part-00001.parquet',
        ...DATASET.slice(5).map((t) => `foreign/${t}.parquet`),
      ]);
      expect(files[0]!.sha256).toBe(createHash('sha256').update(readFileSync(join(foreign, 'entities.parquet'))).digest('hex'));
      expect(files[4]!.n).toBe(100);
    } finally {
      opened.close();
    }
  });

  test('two folders form one dataset: the sample split by start year (the 2017 and 2018 cohorts) reads as the sample', async () => {
    const cohorts: Filters[] = [{ to: '2017-12-31' }, { from: '2018-01-01' }];
    const parts: string[] = [];
    for (const [i, filters] of cohorts.entries()) {
      parts.push(join(dir, `cohort-${i}`));
      const written = await writeParquetFolder(project, filters, parts[i]!);
      expect(written.pairings).toBeGreaterThan(0);
    }
    // Some city takes part in both cohorts: its entity is in both folders, and counts once.
    const shared = await otherTool(
      `SELECT count(*)::INTEGER AS n FROM read_parquet('${join(parts[0]!, 'entities.parquet')}') a JOIN read_parquet('${join(parts[1]!, 'entities.parquet')}') b USING (entity_id)`,
    );
    expect(shared[0]!.n).toBeGreaterThan(0);
    expect(await fromFolders(parts)).toEqual(await compute(project));
    const opened = await openParquetFolders(parts);
    try {
      expect(await count(opened, 'SELECT count(*) FROM import_files')).toBe(parts.length);
    } finally {
      opened.close();
    }
  });
});

describe('the command line over Parquet folders', () => {
  test('indicators DIR --json prints what indicators FILE --json prints', () => {
    const fromFile = runCli(['indicators', SAMPLE, '--json']);
    const fromFolder = runCli(['indicators', folder, '--json']);
    expect(fromFolder.stderr).toBe('');
    expect(fromFolder.code).toBe(0);
    expect(JSON.parse(fromFolder.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  test('compare DIR (and two cohort folders) prints what compare FILE prints', async () => {
    const fromFile = runCli(['compare', SAMPLE, '--by', 'start-year', '--json']);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    const fromFolder = runCli(['compare', folder, '--by', 'start-year', '--json']);
    expect(fromFolder.code, fromFolder.stderr).toBe(0);
    expect(JSON.parse(fromFolder.stdout)).toEqual(JSON.parse(fromFile.stdout));
    const cohorts = [join(dir, 'compare-2017'), join(dir, 'compare-2018')];
    await writeParquetFolder(project, { to: '2017-12-31' }, cohorts[0]!);
    await writeParquetFolder(project, { from: '2018-01-01' }, cohorts[1]!);
    const fromCohorts = runCli(['compare', ...cohorts, '--by', 'start-year', '--json']);
    expect(fromCohorts.code, fromCohorts.stderr).toBe(0);
    expect(JSON.parse(fromCohorts.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  test('export then report DIR writes the workbook and the PDF', () => {
    const out = join(dir, 'cli');
    const exported = runCli(['export', SAMPLE, '--programme', 'IUC', '--parquet', out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/wrote .*cli: \d+ table\(s\), 67 pairing\(s\) in scope/);
    const report = runCli(['report', out, '--xlsx', join(dir, 'r.xlsx'), '--pdf', join(dir, 'r.pdf')]);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stderr).toContain('67 pairing(s) in scope');
    expect(readFileSync(join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a folder without Twinlens Parquet exits 2 naming the missing tables', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.txt'), '');
    const run = runCli(['indicators', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${empty} holds no Twinlens Parquet for entities, pairings, members`);
  });

  test('a manifest naming a table whose file is gone exits 2 naming it', async () => {
    const partial = join(dir, 'partial');
    await writeParquetFolder(project, {}, partial);
    rmSync(join(partial, 'outcomes.parquet'));
    const run = runCli(['indicators', partial]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('holds no Twinlens Parquet for outcomes');
  });

  test('foreign Parquet exits 2 naming the file and the columns it lacks', async () => {
    const foreign = join(dir, 'not-ours');
    mkdirSync(foreign);
    await otherTool(`COPY (SELECT 'x' AS id, 'Granada' AS city) TO '${join(foreign, 'entities.parquet')}' (FORMAT parquet);
      COPY (SELECT * FROM read_parquet('${join(folder, 'pairings.parquet')}')) TO '${join(foreign, 'pairings.parquet')}' (FORMAT parquet);
      COPY (SELECT * FROM read_parquet('${join(folder, 'members.parquet')}')) TO '${join(foreign, 'members.parquet')}' (FORMAT parquet);`);
    const run = runCli(['indicators', foreign]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(foreign, 'entities.parquet')} is not Twinlens Parquet for the table entities: it lacks the column(s) entity_id, name, country, kind, region, gcom_signatory, gcom_action_plan`);
  });

  test('a file that is not Parquet at all exits 2 naming it', () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    for (const t of ['entities', 'pairings', 'members']) writeFileSync(join(broken, `${t}.parquet`), 'entity_id,name\nX,Y\n');
    const run = runCli(['indicators', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(broken, 'entities.parquet')} cannot be read as Parquet`);
    expect(run.stderr).not.toContain('    at ');
  });

  test('a folder from a newer Twinlens, or a manifest that is not ours, exits 2 saying so', async () => {
    const newer = join(dir, 'newer');
    await writeParquetFolder(project, {}, newer);
    const path = join(newer, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...manifest, schemaVersion: manifest.schemaVersion + 1 }));
    const run = runCli(['indicators', newer]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${newer} was written by a newer Twinlens (schema ${manifest.schemaVersion + 1}`);
    writeFileSync(path, JSON.stringify({ format: 'something-else' }));
    const foreign = runCli(['indicators', newer]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain(`${path} is not a Twinlens Parquet manifest (format:`);
  });

  test('export into a folder whose parent does not exist exits 2 and writes nothing', () => {
    const run = runCli(['export', SAMPLE, '--parquet', join(dir, 'no-such-parent', 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`its parent folder ${join(dir, 'no-such-parent')} does not exist`);
    expect(existsSync(join(dir, 'no-such-parent'))).toBe(false);
  });

  test('the same folder twice is not one dataset: exit 2 naming a pairing given twice', () => {
    const run = runCli(['indicators', folder, folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the pairing\(s\) \S+.* appear more than once/);
  });
});
