import { DATE, type DuckDBConnection } from '@duckdb/node-api';
import { isoToDuckDate } from '../store/duckdb-values.js';
import { sqlFile } from '../store/sql-file.js';
import { scopeIsWhole, scopedFile } from './whole-scope.js';

/**
 * Over the pairing scope `openPairingScope` has set: the temp table `scope_as_of` (the date,
 * NULL for none) and the views `scope_achievements` (one row per result indicator in scope
 * with its state as of that date, or its latest) and `scope_outcomes` (outcomes on or before
 * it). Every results and outcomes query reads these. `closeScope` (scope.ts) drops them.
 */
export async function openResultsScope(connection: DuckDBConnection, asOf: string | null): Promise<void> {
  await connection.run(sqlFile(import.meta.url, 'results_as_of.sql'), { as_of: asOf === null ? null : isoToDuckDate(asOf) }, { as_of: DATE });
  const whole = await scopeIsWhole(connection);
  // Without a date, each indicator's latest state was derived at import: nothing to search.
  await connection.run(sqlFile(import.meta.url, asOf === null ? scopedFile('results_achievements_latest', whole) : 'results_achievements_as_of.sql'));
  await connection.run(sqlFile(import.meta.url, scopedFile('outcomes_scope', whole)));
}
