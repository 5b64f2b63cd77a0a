import type { DuckDBConnection } from '@duckdb/node-api';
import type { OutcomeRow, TrackingRow } from '../../shared/results.js';
import { openResultsScope } from '../indicators/results-scope.js';
import { closeScope } from '../indicators/scope.js';
import { sqlFile } from '../store/sql-file.js';
import { outcomeRowsOfOpenScope, trackingRowsOfOpenScope } from './results-detail.js';

/**
 * One pairing's result indicators and outcomes as of `asOf` (null: none), read as the
 * Results view reads a scope's, so its card shows the same rows without asking for the
 * whole scope. Runs inside the caller's transaction.
 */
export async function pairingResults(connection: DuckDBConnection, pairingId: string, asOf: string | null): Promise<{ indicators: TrackingRow[]; outcomes: OutcomeRow[] }> {
  await connection.run(sqlFile(import.meta.url, 'pairing_scope.sql'), { id: pairingId });
  await openResultsScope(connection, asOf);
  const indicators = await trackingRowsOfOpenScope(connection);
  const outcomes = await outcomeRowsOfOpenScope(connection);
  await closeScope(connection);
  return { indicators, outcomes };
}
