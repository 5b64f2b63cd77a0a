import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DATE, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { Filters } from '../../../shared/indicators.js';
import { describeScope, bindFilters } from '../../indicators/filters.js';
import { closeScope, openScope } from '../../indicators/scope.js';
import { isoToDuckDate } from '../../store/duckdb-values.js';
import { SCHEMA_VERSION } from '../../store/migrations.js';
import type { Project } from '../../store/project.js';
import { quoteIdent, sqlFile } from '../../store/sql-file.js';
import { inTransaction } from '../../store/transaction.js';
import { FORMAT_VERSION, MANIFEST_FILE, MANIFEST_FORMAT, type Manifest } from './manifest.js';
import { DATASET_TABLES, DESCRIPTIVE_TABLES, PROVENANCE_TABLES, derivedTables, tableColumns } from './parquet-tables.js';
import { ParquetExportError, checkTarget, folderBytes, replaceFolder } from './target-folder.js';

export { ParquetExportError } from './target-folder.js';

export interface ParquetExportResult {
  dir: string;
  /** Rows written per table, the derived ones as derived/<table>. */
  rows: Record<string, number>;
  bytes: number;
  pairings: number;
}

/**
 * Which derived rows belong to the pairings in scope: by the pairing's key, else by the result
 * indicator's, else by the framework they name. A derived table keyed otherwise is an error
 * here, so that a new one cannot be exported whole by mistake.
 */
function derivedScope(table: string, columns: readonly string[]): string {
  if (columns.includes('pk')) return 'pk IN (SELECT pk FROM scope_keys)';
  const indicators = 'SELECT ik FROM pairing_result_indicators WHERE pk IN (SELECT pk FROM scope_keys)';
  if (columns.includes('ik')) return `ik IN (${indicators})`;
  if (columns.includes('framework_key')) return 'framework_key IN (SELECT framework_key FROM pairing_result_indicators WHERE pk IN (SELECT pk FROM scope_keys))';
  throw new Error(`the derived table ${table} has no pk, ik or framework_key: say in write-parquet.ts which of its rows an export keeps`);
}

/** COPY (query) TO file: the query's values and the file's path bound, never pasted. */
async function copyToParquet(connection: DuckDBConnection, query: string, path: string, asOf: string | null): Promise<number> {
  const usesAsOf = query.includes('$as_of');
  const sql = `COPY (${query.trim().replace(/;$/, '')}) TO $path (FORMAT parquet, COMPRESSION zstd)`;
  const values: Record<string, DuckDBValue> = usesAsOf ? { path, as_of: asOf === null ? null : isoToDuckDate(asOf) } : { path };
  const reader = await connection.runAndReadAll(sql, values, usesAsOf ? { as_of: DATE } : undefined);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

async function writeTables(connection: DuckDBConnection, filters: Filters, folder: string, now: Date): Promise<{ manifest: Manifest; pairings: number }> {
  const asOf = bindFilters(filters).asOf;
  const columns = await tableColumns(connection);
  const tables: Manifest['tables'] = {};
  const derived: Manifest['derived'] = {};
  await openScope(connection, filters);
  try {
    for (const table of DATASET_TABLES) {
      const file = `${table}.parquet`;
      const query = sqlFile(import.meta.url, `parquet_${table}.sql`);
      const rows = await copyToParquet(connection, query, join(folder, file), asOf);
      // The descriptive tables always (a reader needs them, empty or not); results and outcomes when present.
      if (rows === 0 && !(DESCRIPTIVE_TABLES as readonly string[]).includes(table)) await rm(join(folder, file));
      else tables[table] = { file, rows };
    }
    for (const table of PROVENANCE_TABLES) {
      const file = `${table}.parquet`;
      tables[table] = { file, rows: await copyToParquet(connection, sqlFile(import.meta.url, `parquet_${table}.sql`), join(folder, file), null) };
    }
    // The indicators' inputs as derived at import: a reader of one folder skips deriving them.
    // As of a date they would be those of every value, not of the values written: left out,
    // and a reader derives them from the tables.
    if (asOf === null) {
      await mkdir(join(folder, 'derived'));
      for (const table of derivedTables()) {
        const names = columns.get(table)!.map((c) => c.name);
        const file = `derived/${table}.parquet`;
        const query = `SELECT * FROM ${quoteIdent(table)} WHERE ${derivedScope(table, names)}`;
        derived[table] = { file, rows: await copyToParquet(connection, query, join(folder, file), null) };
      }
    }
    const pairings = tables.pairings!.rows;
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      formatVersion: FORMAT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      filters: describeScope(filters),
      tables,
      derived,
      sources: await sources(connection),
    };
    return { manifest, pairings };
  } finally {
    await closeScope(connection);
  }
}

async function sources(connection: DuckDBConnection): Promise<Manifest['sources']> {
  const files = (await connection.runAndReadAll(sqlFile(import.meta.url, 'parquet_sources.sql'))).getRowObjectsJS();
  const rows = (await connection.runAndReadAll(sqlFile(import.meta.url, 'parquet_source_rows.sql'))).getRowObjectsJS();
  return files.map((f) => ({
    file: String(f.file_name),
    sha256: String(f.sha256),
    bytes: f.bytes === null ? null : Number(f.bytes),
    importedAt: f.imported_at === null ? null : String(f.imported_at),
    rows: Object.fromEntries(rows.filter((r) => r.file_index === f.file_index).map((r) => [String(r.table_name), Number(r.row_count)])),
  }));
}

/**
 * Writes the dataset in scope as Parquet, one file per table, with manifest.json: the folder
 * appears complete or not at all (written beside it under a temporary name, then renamed).
 * DuckDB, MotherDuck, Spark or pandas read the files as they are; Twinlens reads the folder
 * back with read-parquet.ts.
 */
export async function writeParquetFolder(project: Project, filters: Filters, dir: string, now = new Date()): Promise<ParquetExportResult> {
  checkTarget(dir);
  const temporary = join(dirname(resolve(dir)), `.${basename(dir)}.${process.pid}.${randomBytes(4).toString('hex')}.writing`);
  try {
    await mkdir(temporary);
    // One snapshot: an import committing meanwhile is in every file or in none.
    const { manifest, pairings } = await project.withConnection((c) => inTransaction(c, () => writeTables(c, filters, temporary, now)));
    await writeFile(join(temporary, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const bytes = await folderBytes(temporary);
    await replaceFolder(temporary, dir);
    const rows = Object.fromEntries([...Object.entries(manifest.tables), ...Object.entries(manifest.derived).map(([t, e]) => [`derived/${t}`, e] as const)].map(([t, e]) => [t, e.rows]));
    return { dir, rows, bytes, pairings };
  } catch (error) {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'ENOTDIR') {
      throw new ParquetExportError(`${dir} cannot be written (${code}): check that its folder is writable and has free space.`);
    }
    throw error;
  }
}
