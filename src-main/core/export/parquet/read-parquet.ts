import type { DuckDBConnection } from '@duckdb/node-api';
import { deriveAggregates } from '../../store/derive-aggregates.js';
import { SCHEMA_VERSION } from '../../store/migrations.js';
import { Project } from '../../store/project.js';
import { quoteIdent, sqlFile } from '../../store/sql-file.js';
import { inTransaction } from '../../store/transaction.js';
import { insertFiles } from './copy-files.js';
import { checkColumns } from './parquet-columns.js';
import { type Folder, ParquetSourceError, locate } from './parquet-folder.js';
import { DATASET_TABLES, type TableColumn, derivedTables, tableColumns } from './parquet-tables.js';
import { loadProvenance } from './parquet-provenance.js';

export { ParquetSourceError } from './parquet-folder.js';

async function firstRows(connection: DuckDBConnection, file: string): Promise<string[]> {
  return (await connection.runAndReadAll(sqlFile(import.meta.url, file))).getRows().map((r) => String(r[0]));
}

/** Refuses folders that do not form one dataset: a pairing twice, an entity described two ways. */
async function checkOneDataset(connection: DuckDBConnection, dirs: readonly string[]): Promise<void> {
  const twice = await firstRows(connection, 'parquet_duplicate_pairings.sql');
  if (twice.length > 0) throw new ParquetSourceError(`the pairing(s) ${twice.join(', ')} appear more than once in ${dirs.join(', ')}: give each programme's folder once.`);
  const conflicting = await firstRows(connection, 'parquet_conflicting_entities.sql');
  if (conflicting.length > 0) throw new ParquetSourceError(`the entity(ies) ${conflicting.join(', ')} are described differently in ${dirs.join(', ')}: one entity needs one row, the same in every folder.`);
  await connection.run(sqlFile(import.meta.url, 'parquet_dedupe_entities.sql'));
  const unknown = await firstRows(connection, 'parquet_unknown_entities.sql');
  if (unknown.length > 0) throw new ParquetSourceError(`members name entity(ies) ${unknown.join(', ')} that no entities file in ${dirs.join(', ')} holds: add them to entities.parquet.`);
}

/**
 * The derived tables' files when the folder can be read in place: one Twinlens folder of this
 * schema version, with its derived tables, one file per table (a view's rowid is the row's
 * number in its file). Else null: the tables are copied in and derived.
 */
function readableInPlace(folders: readonly Folder[], derived: readonly string[]): Map<string, string> | null {
  if (folders.length !== 1) return null;
  const folder = folders[0]!;
  if (!folder.manifest || folder.manifest.schemaVersion !== SCHEMA_VERSION) return null;
  if (DATASET_TABLES.some((t) => folder.files.get(t)!.length > 1)) return null;
  const files = new Map(derived.map((t) => [t, folder.files.get(`derived/${t}`) ?? []]));
  return [...files.values()].every((f) => f.length === 1) ? new Map([...files].map(([t, f]) => [t, f[0]!])) : null;
}

/** CREATE VIEW takes no parameters: a path goes in as a string literal, its quotes doubled. */
function sqlString(text: string): string {
  if (text.includes('\0')) throw new ParquetSourceError(`${JSON.stringify(text)} is not a usable path.`);
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Replaces the project's table by a view over its Parquet file: nothing is copied, each query
 * reads the columns it needs. Columns by name, cast to the schema's types; a dataset table's
 * view has a rowid column, the row's number in the file, which the reports order ties by.
 */
async function viewTable(connection: DuckDBConnection, table: string, file: string, columns: readonly TableColumn[], withRowid: boolean): Promise<void> {
  const present = await checkColumns(connection, table, [file], columns);
  const select = columns.map((c) => `CAST(${present.has(c.name) ? quoteIdent(c.name) : 'NULL'} AS ${c.type}) AS ${quoteIdent(c.name)}`);
  if (withRowid) select.push('file_row_number AS rowid');
  const source = `read_parquet(${sqlString(file)}${withRowid ? ', file_row_number = true' : ''})`;
  await connection.run(`DROP TABLE ${quoteIdent(table)}; CREATE VIEW ${quoteIdent(table)} AS SELECT ${select.join(', ')} FROM ${source}`);
}

/** Copies the folders' tables into the project, checks they form one dataset, derives the rest. */
async function copyIn(connection: DuckDBConnection, folders: readonly Folder[], columns: Map<string, TableColumn[]>): Promise<void> {
  for (const table of DATASET_TABLES) {
    const files = folders.flatMap((f) => f.files.get(table)!);
    if (files.length === 0) continue;
    const present = await checkColumns(connection, table, files, columns.get(table)!);
    await insertFiles(connection, table, files, columns.get(table)!, present);
  }
  await checkOneDataset(connection, folders.map((f) => f.dir));
}

async function load(connection: DuckDBConnection, dirs: readonly string[]): Promise<void> {
  const columns = await tableColumns(connection);
  const derived = derivedTables();
  const folders = dirs.map((d) => locate(d, derived));
  const inPlace = readableInPlace(folders, derived);
  await inTransaction(connection, async () => {
    if (inPlace) {
      for (const table of DATASET_TABLES) {
        const [file] = folders[0]!.files.get(table)!;
        if (file) await viewTable(connection, table, file, columns.get(table)!, true);
      }
      for (const [table, file] of inPlace) await viewTable(connection, table, file, columns.get(table)!, false);
    } else {
      await copyIn(connection, folders, columns);
    }
    await loadProvenance(connection, folders, columns);
    // Several folders (their integer keys would collide), an as-of export, another tool's folder.
    if (!inPlace) await deriveAggregates(connection);
  });
}

/**
 * Opens Parquet folders (twinlens export --parquet, or any with a Parquet file per table of
 * data-model.md) as one in-memory project: the indicators, reports and comparisons then run
 * their own SQL over it, as over a project file, with no import. Several folders form one
 * dataset (the programme column tells them apart); the caller closes the project.
 */
export async function openParquetFolders(dirs: readonly string[]): Promise<Project> {
  const project = await Project.open();
  try {
    await project.withConnection((connection) => load(connection, dirs));
    return project;
  } catch (error) {
    project.close();
    throw error;
  }
}
