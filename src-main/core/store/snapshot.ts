import type { DuckDBConnection } from '@duckdb/node-api';

const reading = new WeakSet<DuckDBConnection>();

/**
 * Runs `work` in one transaction, so that all its statements read the same dataset even when
 * an import commits meanwhile: a scope filled before the import and a query run after it
 * would otherwise mix the two. A call inside another joins it.
 */
export async function inSnapshot<T>(connection: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  if (reading.has(connection)) return work();
  await connection.run('BEGIN TRANSACTION');
  reading.add(connection);
  try {
    const result = await work();
    await connection.run('COMMIT');
    return result;
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    reading.delete(connection);
  }
}
