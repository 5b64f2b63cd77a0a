import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from './sql-file.js';
import { inTransaction } from './transaction.js';

/** The project's settings under `prefix` (0005_project_settings.sql), keys without the prefix. */
export async function readSettings(connection: DuckDBConnection, prefix: string): Promise<Record<string, string>> {
  const rows = (await connection.runAndReadAll(sqlFile(import.meta.url, 'project_settings_read.sql'), { prefix })).getRowObjectsJS();
  return Object.fromEntries(rows.map((r) => [String(r.key).slice(prefix.length), String(r.value)]));
}

/** Sets several settings under `prefix` at once: all of them or none. */
export function writeSettings(connection: DuckDBConnection, prefix: string, values: Record<string, string>): Promise<void> {
  return inTransaction(connection, async () => {
    for (const [key, value] of Object.entries(values)) await connection.run(sqlFile(import.meta.url, 'project_settings_write.sql'), { key: `${prefix}${key}`, value });
  });
}
