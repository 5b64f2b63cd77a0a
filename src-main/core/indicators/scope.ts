import { DATE, type DuckDBConnection, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { Filters } from '../../shared/indicators.js';
import { isoToDuckDate } from '../store/duckdb-values.js';
import { preparedOn, sizeClass } from '../store/prepared.js';
import { sqlFile } from '../store/sql-file.js';
import { bindFilters } from './filters.js';

const sql = (name: string) => sqlFile(import.meta.url, name);

/**
 * Rows written into each connection's scope tables since they were made (scope_objects.sql).
 * Emptied tables keep their deleted rows until dropped, and every scan steps over them: past
 * SCOPE_ROWS_LIMIT the objects are made anew (the prepared queries are then planned again,
 * once).
 */
const scopeRows = new WeakMap<DuckDBConnection, number>();
const SCOPE_ROWS_LIMIT = 100_000;

/**
 * Fills the connection's temp table `scope_keys` with the integer keys (pk) of the pairings
 * the filters select (indicators.md, "Scope"); the views `scope_pairings` (pk, pairing_id),
 * `scope_pairing_stakeholders` and `scope_members` read it. The dashboard's queries need no
 * more than this. Reads the per-pairing aggregates (store/derive_pairing_aggregates.sql),
 * not the dataset's text-keyed tables. `scope_entities` is left empty. Returns the number of
 * pairings in scope.
 */
export async function openPairingScope(connection: DuckDBConnection, filters: Filters): Promise<number> {
  const bound = bindFilters(filters);
  const written = scopeRows.get(connection);
  if (written !== undefined && written > SCOPE_ROWS_LIMIT) await closeScope(connection);
  if (!scopeRows.has(connection)) {
    await connection.run(sql('scope_objects.sql'));
    scopeRows.set(connection, 0);
  }
  await connection.run('DELETE FROM scope_keys; DELETE FROM scope_entities;');
  const fill = await preparedOn(connection, sql('scope_keys.sql'));
  const day = (iso: string | null) => (iso === null ? null : isoToDuckDate(iso));
  fill.bind(
    { ...Object.fromEntries(Object.entries(bound.lists).map(([k, v]) => [k, listValue(v)])), from: day(bound.from), to: day(bound.to) },
    { ...Object.fromEntries(Object.keys(bound.lists).map((k) => [k, LIST(VARCHAR)])), from: DATE, to: DATE },
  );
  const pairings = Number((await fill.runAndReadAll()).getRows()[0]![0]);
  scopeRows.set(connection, scopeRows.get(connection)! + pairings);
  return pairings;
}

/**
 * The pairing scope and `scope_entities`, the distinct entities of those pairings. Every
 * query over the scope, the indicators' and the reports', reads these.
 */
export async function openScope(connection: DuckDBConnection, filters: Filters): Promise<number> {
  const pairings = await openPairingScope(connection, filters);
  const entities = await (await preparedOn(connection, sql('scope_entities.sql'), sizeClass(pairings))).runAndReadAll();
  scopeRows.set(connection, scopeRows.get(connection)! + Number(entities.getRows()[0]![0]));
  return pairings;
}

/** Drops the scope objects: for a connection that stays open but is done with the scope. */
export async function closeScope(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    'DROP VIEW IF EXISTS scope_members; DROP VIEW IF EXISTS scope_pairing_stakeholders; DROP VIEW IF EXISTS scope_pairings; DROP TABLE IF EXISTS scope_entities; DROP TABLE IF EXISTS scope_keys;',
  );
  scopeRows.delete(connection);
}
