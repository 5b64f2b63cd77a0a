import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from '../../store/sql-file.js';

/** The dataset's tables (data-model.md, results.md): what another tool reads and may write. */
export const REQUIRED_TABLES = ['entities', 'pairings', 'members'] as const;
export const DESCRIPTIVE_TABLES = [...REQUIRED_TABLES, 'themes', 'stakeholders', 'activities'] as const;
/** Written only when the dataset has rows in them; read as empty when absent. */
export const RESULTS_TABLES = ['result_indicators', 'result_values', 'outcomes'] as const;
export const DATASET_TABLES = [...DESCRIPTIVE_TABLES, ...RESULTS_TABLES] as const;
/** Where the dataset came from: the import that produced it (optional on reading). */
export const PROVENANCE_TABLES = ['imports', 'import_files', 'import_rows', 'import_warnings'] as const;

export type DatasetTable = (typeof DATASET_TABLES)[number];

export interface TableColumn {
  name: string;
  type: string;
  nullable: boolean;
}

/**
 * The columns of the project's tables as its schema (store/schema) defines them, in order: the
 * one description of a table, so that the files written and the files read follow the schema.
 */
export async function tableColumns(connection: DuckDBConnection): Promise<Map<string, TableColumn[]>> {
  const reader = await connection.runAndReadAll(sqlFile(import.meta.url, 'table_columns.sql'));
  const tables = new Map<string, TableColumn[]>();
  for (const row of reader.getRowObjectsJS()) {
    const name = String(row.table_name);
    if (!tables.has(name)) tables.set(name, []);
    tables.get(name)!.push({ name: String(row.column_name), type: String(row.data_type), nullable: Boolean(row.nullable) });
  }
  return tables;
}

/**
 * The derived tables: those store/derive_pairing_aggregates.sql rebuilds (it empties each one
 * first), so that a table the schema gains for another purpose (project settings) is never
 * taken for one.
 */
export function derivedTables(): string[] {
  const text = sqlFile(new URL('../../store/', import.meta.url).href, 'derive_pairing_aggregates.sql');
  return [...text.matchAll(/^DELETE FROM (\w+);/gm)].map((m) => m[1]!).sort();
}
