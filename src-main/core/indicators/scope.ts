import { DATE, type DuckDBConnection, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { Filters } from '../../shared/indicators.js';
import { isoToDuckDate } from '../store/duckdb-values.js';
import { sqlFile } from '../store/sql-file.js';
import { bindFilters } from './filters.js';

/**
 * Fills the connection's temp table `scope_keys` with the integer keys (pk) of the pairings
 * the filters select (indicators.md, "Scope"), and defines the views `scope_pairings` (pk,
 * pairing_id) and `scope_pairing_stakeholders` over it (read only by the queries that need
 * them). The dashboard's queries need no more than this. Reads the per-pairing aggregates
 * (store/derive_pairing_aggregates.sql), not the dataset's text-keyed tables.
 */
export async function openPairingScope(connection: DuckDBConnection, filters: Filters): Promise<void> {
  const bound = bindFilters(filters);
  const lists = Object.fromEntries(Object.entries(bound.lists).map(([k, v]) => [k, listValue(v)]));
  const listTypes = Object.fromEntries(Object.keys(bound.lists).map((k) => [k, LIST(VARCHAR)]));
  const day = (iso: string | null) => (iso === null ? null : isoToDuckDate(iso));
  await connection.run(sqlFile(import.meta.url, 'scope_keys.sql'), { ...lists, from: day(bound.from), to: day(bound.to) }, { ...listTypes, from: DATE, to: DATE });
  await connection.run(sqlFile(import.meta.url, 'scope_pairings.sql'));
}

/**
 * The pairing scope, the view `scope_members` (every member of those pairings) and the temp
 * table `scope_entities` (the distinct entities among them). Every query over the scope, the
 * indicators' and the reports', reads these.
 */
export async function openScope(connection: DuckDBConnection, filters: Filters): Promise<void> {
  await openPairingScope(connection, filters);
  await connection.run(sqlFile(import.meta.url, 'scope_members.sql'));
}

/**
 * Drops every temp object of the scope, the results tables of results-scope.ts and the views
 * of queries/result-rows.ts over them included.
 */
export async function closeScope(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    'DROP TABLE IF EXISTS network_labels; DROP VIEW IF EXISTS network_scope_members; DROP VIEW IF EXISTS tracking_rows; DROP VIEW IF EXISTS outcome_list; DROP TABLE IF EXISTS reciprocity_rows; DROP MACRO IF EXISTS search_number; DROP VIEW IF EXISTS scope_outcomes; DROP VIEW IF EXISTS scope_achievements; DROP TABLE IF EXISTS scope_dated_achievements; DROP TABLE IF EXISTS scope_as_of; DROP TABLE IF EXISTS scope_entities; DROP VIEW IF EXISTS scope_members; DROP VIEW IF EXISTS scope_pairing_stakeholders; DROP VIEW IF EXISTS scope_pairings; DROP TABLE IF EXISTS scope_keys;',
  );
}
