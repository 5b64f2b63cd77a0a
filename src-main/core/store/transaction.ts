import type { DuckDBConnection } from '@duckdb/node-api';

const open = new WeakSet<DuckDBConnection>();

/**
 * Runs `work` in one transaction: all or nothing for the writes (an import, a migration), and
 * one snapshot for the reads, so that a scope filled before an import commits and a query
 * run after it never mix two datasets. A call inside another joins it. A failed COMMIT (a
 * full disk) has already ended the transaction: the rollback may fail too, and must not hide
 * why the work failed.
 */
export async function inTransaction<T>(connection: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  if (open.has(connection)) return work();
  await connection.run('BEGIN TRANSACTION');
  open.add(connection);
  try {
    const result = await work();
    await connection.run('COMMIT');
    return result;
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    open.delete(connection);
  }
}
