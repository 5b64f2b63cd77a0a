import type { DuckDBConnection } from '@duckdb/node-api';
import { openPairingScope } from '../indicators/scope.js';
import { sqlFile } from '../store/sql-file.js';

/**
 * The indicators' own pairing scope, so every view agrees with them: `scope_pairings` and
 * `scope_pairing_stakeholders` (indicators/scope.ts).
 */
export const bindScope = openPairingScope;

export type Row = Record<string, unknown>;

/** Rows of a `.sql` file beside this folder's modules, as plain JS objects. */
export async function queryRows(connection: DuckDBConnection, name: string, params?: Record<string, string | number | null>): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sqlFile(import.meta.url, name), params);
  return reader.getRowObjectsJS() as Row[];
}

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
export const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
