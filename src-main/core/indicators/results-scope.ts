import { DATE, type DuckDBConnection } from '@duckdb/node-api';
import { isoToDuckDate } from '../store/duckdb-values.js';
import { sqlFile } from '../store/sql-file.js';

/** The as-of date as bound to the results queries: a DATE, or NULL for "every value". */
export function asOfParams(asOf: string | null) {
  return { values: { as_of: asOf === null ? null : isoToDuckDate(asOf) }, types: { as_of: DATE } };
}

/**
 * Over the pairing scope `openPairingScope` has set: the temp tables `scope_result_values`
 * (values as of `asOf`, null for all), `scope_achievements` (one row per result indicator in
 * scope, results.md section 3) and `scope_outcomes` (outcomes on or before `asOf`). Every
 * results and outcomes query reads these, so an achievement is computed once per call.
 * `closeScope` (scope.ts) drops them with the rest of the scope.
 */
export async function openResultsScope(connection: DuckDBConnection, asOf: string | null): Promise<void> {
  const { values, types } = asOfParams(asOf);
  await connection.run(sqlFile(import.meta.url, 'results_values_scope.sql'), values, types);
  await connection.run(sqlFile(import.meta.url, 'results_achievements.sql'));
  await connection.run(sqlFile(import.meta.url, 'outcomes_scope.sql'), values, types);
}
