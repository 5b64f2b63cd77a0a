import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from './sql-file.js';

/** Rebuilds the per-pairing aggregates (derive_pairing_aggregates.sql) from the dataset's tables. */
export async function deriveAggregates(connection: DuckDBConnection): Promise<void> {
  await connection.run(sqlFile(import.meta.url, 'derive_pairing_aggregates.sql'));
}
