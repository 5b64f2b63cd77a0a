import { readdirSync, readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from './sql-file.js';
import { inTransaction } from './transaction.js';

const SCHEMA_DIR = new URL('./schema/', import.meta.url);

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** schema/NNNN_name.sql, in order. Files are append-only: a shipped migration is never edited. */
function migrations(): Migration[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f.slice(5, -4), sql: readFileSync(new URL(f, SCHEMA_DIR), 'utf8') }));
}

export const SCHEMA_VERSION = Math.max(...migrations().map((m) => m.version));

export class ProjectFormatError extends Error {}

/**
 * Brings a project database to the current schema, each migration in its own transaction,
 * and derives the per-pairing aggregates of its dataset (derive_pairing_aggregates.sql).
 * Refuses a DuckDB file that is not a Twinlens project, and one made by a newer Twinlens.
 */
export async function migrate(connection: DuckDBConnection): Promise<void> {
  const tables = await connection.runAndReadAll(
    "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main'",
  );
  const names = new Set(tables.getRowObjectsJS().map((r) => String(r.table_name)));
  if (names.size > 0 && !names.has('schema_version')) {
    throw new ProjectFormatError('is a DuckDB database but not a Twinlens project: choose a .duckdb file made by Twinlens, or a new file name');
  }
  await connection.run('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)');
  const current = await connection.runAndReadAll('SELECT coalesce(max(version), 0)::INTEGER AS v FROM schema_version');
  const version = Number(current.getRowObjectsJS()[0]!.v);
  if (version > SCHEMA_VERSION) {
    throw new ProjectFormatError(`was saved by a newer Twinlens (schema ${version}; this one knows ${SCHEMA_VERSION}): update Twinlens to open it`);
  }
  const pending = migrations().filter((m) => m.version > version);
  for (const [index, m] of pending.entries()) {
    await inTransaction(connection, async () => {
      await connection.run(m.sql);
      // The derived tables are rebuilt once the schema is current, in the last migration's
      // transaction: a project that already holds a dataset never has them missing or stale.
      if (index === pending.length - 1) await connection.run(sqlFile(import.meta.url, 'derive_pairing_aggregates.sql'));
      await connection.run('INSERT INTO schema_version VALUES ($1, $2, now()::TIMESTAMP)', [m.version, m.name]);
    });
  }
}
