import { DATE, type DuckDBConnection, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { Filters } from '../../shared/indicators.js';
import { isoToDuckDate } from '../store/duckdb-values.js';
import { preparedOn } from '../store/prepared.js';
import { sqlFile } from '../store/sql-file.js';
import { bindFilters } from './filters.js';

const sql = (name: string) => sqlFile(import.meta.url, name);

/** Connections whose scope objects exist (scope_objects.sql). */
const withScopeObjects = new WeakSet<DuckDBConnection>();

/**
 * Fills the connection's temp table `scope_keys` with the integer keys (pk) of the pairings
 * the filters select (indicators.md, "Scope"); the views `scope_pairings` (pk, pairing_id),
 * `scope_pairing_stakeholders` and `scope_members` read it. The dashboard's queries need no
 * more than this. Reads the per-pairing aggregates (store/derive_pairing_aggregates.sql),
 * not the dataset's text-keyed tables. `scope_entities` is left empty.
 */
export async function openPairingScope(connection: DuckDBConnection, filters: Filters): Promise<void> {
  const bound = bindFilters(filters);
  if (!withScopeObjects.has(connection)) {
    await connection.run(sql('scope_objects.sql'));
    withScopeObjects.add(connection);
  }
  await connection.run('DELETE FROM scope_keys; DELETE FROM scope_entities;');
  const fill = await preparedOn(connection, sql('scope_keys.sql'));
  const day = (iso: string | null) => (iso === null ? null : isoToDuckDate(iso));
  fill.bind(
    { ...Object.fromEntries(Object.entries(bound.lists).map(([k, v]) => [k, listValue(v)])), from: day(bound.from), to: day(bound.to) },
    { ...Object.fromEntries(Object.keys(bound.lists).map((k) => [k, LIST(VARCHAR)])), from: DATE, to: DATE },
  );
  await fill.run();
}

/**
 * The pairing scope and `scope_entities`, the distinct entities of those pairings. Every
 * query over the scope, the indicators' and the reports', reads these.
 */
export async function openScope(connection: DuckDBConnection, filters: Filters): Promise<void> {
  await openPairingScope(connection, filters);
  await (await preparedOn(connection, sql('scope_entities.sql'))).run();
}

/** Drops the scope objects: for a connection that stays open but is done with the scope. */
export async function closeScope(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    'DROP VIEW IF EXISTS scope_members; DROP VIEW IF EXISTS scope_pairing_stakeholders; DROP VIEW IF EXISTS scope_pairings; DROP TABLE IF EXISTS scope_entities; DROP TABLE IF EXISTS scope_keys;',
  );
  withScopeObjects.delete(connection);
}
