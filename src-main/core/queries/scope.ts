import { DATE, type DuckDBConnection, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { Filters } from '../../shared/indicators.js';
import { bindFilters } from '../indicators/filters.js';
import { isoToDuckDate } from '../store/duckdb-values.js';
import { sqlFile } from '../store/sql-file.js';

/**
 * Fills this connection's temp table `scope_pairings` with the pairings the filters select,
 * with the very SQL the indicators use, so every view agrees with them.
 */
export async function bindScope(connection: DuckDBConnection, filters: Filters): Promise<void> {
  const bound = bindFilters(filters);
  const lists = Object.fromEntries(Object.entries(bound.lists).map(([k, v]) => [k, listValue(v)]));
  const listTypes = Object.fromEntries(Object.keys(bound.lists).map((k) => [k, LIST(VARCHAR)]));
  const day = (iso: string | null) => (iso === null ? null : isoToDuckDate(iso));
  await connection.run(sqlFile(import.meta.url, '../indicators/scope_pairings.sql'), { ...lists, from: day(bound.from), to: day(bound.to) }, {
    ...listTypes,
    from: DATE,
    to: DATE,
  });
}

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
