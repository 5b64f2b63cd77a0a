import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from '../store/sql-file.js';

/**
 * Whether the scope's keys (scope_keys) are every pairing's (scope_is_whole.sql): then
 * the statements that read the most rows take their `_whole` variant, the same statement
 * without the join with scope_keys, which at L cost about a third of their time.
 */
export async function scopeIsWhole(connection: DuckDBConnection): Promise<boolean> {
  const read = await connection.runAndReadAll(sqlFile(import.meta.url, 'scope_is_whole.sql'));
  return read.getRowObjectsJS()[0]!.whole === true;
}

/** `name.sql`, or `name_whole.sql` over a whole scope. */
export const scopedFile = (name: string, whole: boolean) => `${name}${whole ? '_whole' : ''}.sql`;
