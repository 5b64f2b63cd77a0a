import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLE_NAMES, type TableName } from '../../shared/domain.js';
import type { Filters, Indicators } from '../../shared/indicators.js';
import type { ImportIssue } from '../../shared/issues.js';
import type { ResultsDetail } from '../../shared/results.js';
import { indicatorsOfOpenScope } from '../indicators/compute.js';
import { latestImportWarnings } from '../indicators/import-warnings.js';
import { resultsDetailOfOpenScope } from '../queries/results-detail.js';
import { openOutcomeList, openTrackingRows } from '../queries/result-rows.js';
import { closeScope, openScope } from '../indicators/scope.js';
import { inTransaction } from '../store/transaction.js';
import { sqlFile } from '../store/sql-file.js';
import { type RowSource, keptRows, queryRows, readRows } from './row-source.js';

export type { Row } from './row-source.js';

export interface SourceFileRow {
  name: string;
  sha256: string;
  bytes: number;
  importedAt: string;
  rows: string;
}

/**
 * Everything a report shows. The figures are read at once; the long lists (a programme at L
 * has a million stakeholder rows) are row sources, counted and their first rows read now,
 * streamed from the database when the workbook writes them, so the scope and the snapshot
 * stay open until the reports are written (withReportData).
 */
export interface ReportData {
  indicators: Indicators;
  /** Programme names of the pairings in scope, sorted. */
  programmes: string[];
  /** One row per pairing in scope (pairing_rows.sql); its head the first PDF_PAIRINGS. */
  pairings: RowSource;
  /** One row per entity in scope (entity_rows.sql). */
  entities: RowSource;
  /** The normalised tables restricted to the scope. */
  data: Record<TableName, RowSource>;
  sources: SourceFileRow[];
  warnings: ImportIssue[];
  /** The breakdowns of the results over the scope, as of `indicators.scope.asOf`. */
  results: ResultsDetail;
  /** The tracking table (report_tracking.sql); its head the first PDF_TRACKING_ROWS. */
  tracking: RowSource;
  /** Every outcome in scope (and on or before as-of) with its pairing's title and member's name. */
  outcomes: RowSource;
  /** Result indicators and outcomes in the whole dataset: none means the programme tracks none. */
  dataset: { resultIndicators: number; outcomes: number };
}

export const DATA_TABLES: readonly TableName[] = TABLE_NAMES;

/** Rows of the pairing and tracking lists the PDF's annexes show at most. */
export const PDF_PAIRINGS = 200;
export const PDF_TRACKING_ROWS = 200;

const here = (name: string) => sqlFile(import.meta.url, name);

/**
 * Runs `use` over the report data of the scope the filters select, in one snapshot, with the
 * scope kept open until `use` has finished (its row sources read from it).
 */
export function withReportData<T>(connection: DuckDBConnection, filters: Filters, use: (data: ReportData) => Promise<T>): Promise<T> {
  return inTransaction(connection, async () => {
    await openScope(connection, filters);
    try {
      return await use(await readReportData(connection, filters));
    } finally {
      await connection.run('DROP TABLE IF EXISTS report_pairings');
      await closeScope(connection);
    }
  });
}

async function readReportData(connection: DuckDBConnection, filters: Filters): Promise<ReportData> {
  const indicators = await indicatorsOfOpenScope(connection, filters);
  const programmes = (await readRows(connection, here('report_programmes.sql'))).map((r) => String(r.programme));
  // Three sheets and the PDF list the pairings, and their query groups every member and theme: run it once.
  const pairings = await keptRows(connection, 'report_pairings', here('pairing_rows.sql'), PDF_PAIRINGS);
  const entities = await queryRows(connection, here('entity_rows.sql'));
  const data = {} as Record<TableName, RowSource>;
  for (const table of DATA_TABLES) data[table] = await queryRows(connection, here(`data_${table}.sql`));
  const [counts] = await readRows(connection, here('dataset_results.sql'));
  const dataset = { resultIndicators: Number(counts!.indicators), outcomes: Number(counts!.outcomes) };
  // Over the results tables indicatorsOfOpenScope has left open, so as-of is applied once.
  const results = await resultsDetailOfOpenScope(connection);
  await openTrackingRows(connection);
  const tracking = await queryRows(connection, here('report_tracking.sql'), PDF_TRACKING_ROWS);
  await openOutcomeList(connection);
  const outcomes = await queryRows(connection, sqlFile(import.meta.url, '../queries/outcome_rows.sql'));
  const sources = (await readRows(connection, here('provenance_files.sql'))).map((r) => ({
    name: String(r.file_name),
    sha256: String(r.sha256),
    bytes: Number(r.bytes),
    importedAt: String(r.imported_at),
    rows: String(r.rows),
  }));
  const warnings = await latestImportWarnings(connection);
  return { indicators, programmes, pairings, entities, data, sources, warnings, results, tracking, outcomes, dataset };
}
