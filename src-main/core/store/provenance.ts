import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableName } from '../../shared/domain.js';
import type { ImportIssue } from '../../shared/issues.js';
import type { SourceFile } from '../import/stage-files.js';

export interface ProvenanceRecord {
  sources: SourceFile[];
  rowCounts: Array<{ src: number; table: TableName; rows: number }>;
  warnings: ImportIssue[];
}

/** Records where the new dataset came from; runs inside the import's transaction. */
export async function writeProvenance(connection: DuckDBConnection, record: ProvenanceRecord): Promise<number> {
  const next = await connection.runAndReadAll('SELECT (coalesce(max(import_id), 0) + 1)::INTEGER AS id FROM imports');
  const importId = Number(next.getRowObjectsJS()[0]!.id);
  await connection.run('INSERT INTO imports VALUES ($1, now()::TIMESTAMP, $2)', [importId, record.warnings.length]);
  const file = await connection.prepare('INSERT INTO import_files VALUES ($1, $2, $3, $4, $5)');
  for (const [index, s] of record.sources.entries()) {
    file.bind([importId, index, s.name, s.sha256, s.bytes]);
    await file.run();
  }
  const rows = await connection.prepare('INSERT INTO import_rows VALUES ($1, $2, $3, $4)');
  for (const r of record.rowCounts) {
    rows.bind([importId, r.src, r.table, r.rows]);
    await rows.run();
  }
  const warning = await connection.prepare(
    'INSERT INTO import_warnings (import_id, code, file, sheet, row_number, column_name, message, message_key, message_args) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
  );
  for (const w of record.warnings) {
    warning.bind([importId, w.code, w.file, w.sheet, w.row, w.column, w.message, w.key ?? null, w.args ? JSON.stringify(w.args) : null]);
    await warning.run();
  }
  return importId;
}
