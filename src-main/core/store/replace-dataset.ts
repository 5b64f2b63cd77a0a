import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from './sql-file.js';

/**
 * Replaces the project's dataset with the staged one (replace_dataset.sql); runs inside the
 * import's transaction. A staged table already in file order (staged_order.sql) is copied
 * as it is: sorting every row with its texts only to find them in order was a quarter of
 * the copy.
 */
export async function replaceDataset(connection: DuckDBConnection): Promise<void> {
  const found = await connection.runAndReadAll(sqlFile(import.meta.url, 'staged_order.sql'));
  const ordered = new Set(found.getRows().filter(([, unordered]) => unordered === false).map(([table]) => String(table)));
  const sql = sqlFile(import.meta.url, 'replace_dataset.sql').replace(
    /FROM staging\.(\w+) ORDER BY _src, _row;/g,
    (statement, table: string) => (ordered.has(table) ? `FROM staging.${table};` : statement),
  );
  await connection.run(sql);
}
