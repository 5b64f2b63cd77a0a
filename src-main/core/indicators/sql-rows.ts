import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from '../store/sql-file.js';

export type Row = Record<string, unknown>;

/** Rows of `<name>.sql` beside the indicators' modules, as plain JS objects. */
export async function rows(connection: DuckDBConnection, name: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sqlFile(import.meta.url, `${name}.sql`))).getRowObjectsJS() as Row[];
}

/** Counts and ratios: the SQL casts them, a missing one reads 0. */
export const num = (v: unknown) => Number(v ?? 0);
export const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
export const str = (v: unknown) => String(v);
