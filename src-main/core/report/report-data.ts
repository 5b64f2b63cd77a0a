import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLE_NAMES, type TableName } from '../../shared/domain.js';
import type { Filters, Indicators } from '../../shared/indicators.js';
import type { ImportIssue } from '../../shared/issues.js';
import type { OutcomeRow, ResultsTables } from '../../shared/results.js';
import { indicatorsOfOpenScope } from '../indicators/compute.js';
import { outcomeRowsOfOpenScope, resultsDetailOfOpenScope, trackingRowsOfOpenScope } from '../queries/results-detail.js';
import { closeScope, openScope } from '../indicators/scope.js';
import { inTransaction } from '../store/transaction.js';
import { sqlFile } from '../store/sql-file.js';

export type Row = Record<string, string | number | boolean | null>;

export interface SourceFileRow {
  name: string;
  sha256: string;
  bytes: number;
  importedAt: string;
  rows: string;
}

/** Everything a report shows, read in one go from one connection. */
export interface ReportData {
  indicators: Indicators;
  /** One row per pairing in scope (pairing_rows.sql). */
  pairings: Row[];
  /** One row per entity in scope (entity_rows.sql). */
  entities: Row[];
  /** The normalised tables restricted to the scope. */
  data: Record<TableName, Row[]>;
  sources: SourceFileRow[];
  warnings: ImportIssue[];
  /** The tracking table and its breakdowns over the scope, as of `indicators.scope.asOf`. */
  results: ResultsTables;
  /** Every outcome in scope (and on or before as-of) with its pairing's title and member's name; none without `withTables`. */
  outcomes: OutcomeRow[];
  /** Result indicators and outcomes in the whole dataset: none means the programme tracks none. */
  dataset: { resultIndicators: number; outcomes: number };
}

export const DATA_TABLES: readonly TableName[] = TABLE_NAMES;

/** DuckDB hands back bigint for counts and Date for dates; the SQL casts, this makes sure. */
function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

async function read(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as Array<Record<string, unknown>>;
  // In place: a programme's 100,000 stakeholder rows should not be copied twice.
  for (const row of rows) for (const key in row) row[key] = plain(row[key]);
  return rows as Row[];
}

const here = (name: string) => sqlFile(import.meta.url, name);

/** `withTables: false` skips the per-entity rows, the outcome list and the data tables (the PDF shows none of them). */
export function loadReportData(connection: DuckDBConnection, filters: Filters, options: { withTables?: boolean } = {}): Promise<ReportData> {
  return inTransaction(connection, () => readReportData(connection, filters, options));
}

async function readReportData(connection: DuckDBConnection, filters: Filters, options: { withTables?: boolean }): Promise<ReportData> {
  const withTables = options.withTables ?? true;
  await openScope(connection, filters);
  try {
    const indicators = await indicatorsOfOpenScope(connection, filters);
    const pairings = await read(connection, here('pairing_rows.sql'));
    const entities = withTables ? await read(connection, here('entity_rows.sql')) : [];
    const data = {} as Record<TableName, Row[]>;
    for (const table of DATA_TABLES) data[table] = withTables || table === 'pairings' ? await read(connection, here(`data_${table}.sql`)) : [];
    const [counts] = await read(connection, here('dataset_results.sql'));
    const dataset = { resultIndicators: Number(counts!.indicators), outcomes: Number(counts!.outcomes) };
    // Over the results tables indicatorsOfOpenScope has left open, so as-of is applied once.
    const results = { ...(await resultsDetailOfOpenScope(connection)), tracking: await trackingRowsOfOpenScope(connection) };
    // The PDF lists no outcome one by one.
    const outcomes = withTables ? await outcomeRowsOfOpenScope(connection) : [];
    const sources = (await read(connection, here('provenance_files.sql'))).map((r) => ({
      name: String(r.file_name),
      sha256: String(r.sha256),
      bytes: Number(r.bytes),
      importedAt: String(r.imported_at),
      rows: String(r.rows),
    }));
    const warnings = (await read(connection, sqlFile(import.meta.url, '../indicators/latest_import_warnings.sql'))).map((r) => ({
      code: String(r.code),
      file: String(r.file),
      sheet: r.sheet === null ? null : String(r.sheet),
      row: r.row_number === null ? null : Number(r.row_number),
      column: r.column_name === null ? null : String(r.column_name),
      message: String(r.message),
    }));
    return { indicators, pairings, entities, data, sources, warnings, results, outcomes, dataset };
  } finally {
    await closeScope(connection);
  }
}

