import { DATE, type DuckDBConnection, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { Filters } from '../../shared/indicators.js';
import { isoToDuckDate } from '../store/duckdb-values.js';
import { sqlFile } from '../store/sql-file.js';
import { bindFilters } from './filters.js';

/**
 * Fills the connection's temp tables `scope_pairings` and `scope_members` with what the
 * filters select (indicators.md, "Scope"). Every query over the scope, the indicators' and
 * the reports', reads these two tables.
 */
export async function openScope(connection: DuckDBConnection, filters: Filters): Promise<void> {
  const bound = bindFilters(filters);
  const lists = Object.fromEntries(Object.entries(bound.lists).map(([k, v]) => [k, listValue(v)]));
  const listTypes = Object.fromEntries(Object.keys(bound.lists).map((k) => [k, LIST(VARCHAR)]));
  const day = (iso: string | null) => (iso === null ? null : isoToDuckDate(iso));
  await connection.run(sqlFile(import.meta.url, 'scope_pairings.sql'), { ...lists, from: day(bound.from), to: day(bound.to) }, { ...listTypes, from: DATE, to: DATE });
  await connection.run(sqlFile(import.meta.url, 'scope_members.sql'));
}

export async function closeScope(connection: DuckDBConnection): Promise<void> {
  await connection.run('DROP TABLE IF EXISTS scope_members; DROP TABLE IF EXISTS scope_pairings;');
}
