import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportRecord, ProjectInfo, SourceFileInfo } from '../../shared/api-contract.js';
import { TABLE_NAMES, type TableName } from '../../shared/domain.js';
import { type ImportIssue, savedIssueText } from '../../shared/issues.js';
import { num, queryRows, text, textOrNull } from './scope.js';

async function filesByImport(connection: DuckDBConnection): Promise<Map<number, SourceFileInfo[]>> {
  const byImport = new Map<number, SourceFileInfo[]>();
  for (const r of await queryRows(connection, 'import_files.sql')) {
    const id = num(r.import_id);
    const list = byImport.get(id) ?? [];
    list.push({ name: text(r.file_name), sha256: text(r.sha256), bytes: num(r.bytes) });
    byImport.set(id, list);
  }
  return byImport;
}

/** Where the current dataset came from and how many rows each table holds. */
export async function projectInfo(connection: DuckDBConnection, path: string): Promise<ProjectInfo> {
  const [latest] = await queryRows(connection, 'latest_import.sql');
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  for (const r of await queryRows(connection, 'table_counts.sql')) rows[text(r.table_name) as TableName] = num(r.n);
  const importId = latest ? num(latest.import_id) : null;
  const files = importId === null ? [] : ((await filesByImport(connection)).get(importId) ?? []);
  return {
    path: path === ':memory:' || path === '' ? null : path,
    importId,
    importedAt: latest ? text(latest.imported_at) : null,
    files,
    rows,
    warnings: latest ? num(latest.warnings) : 0,
  };
}

/** Every import, newest first, with its files, row counts and warnings. */
export async function importHistory(connection: DuckDBConnection): Promise<ImportRecord[]> {
  const files = await filesByImport(connection);
  const rows = new Map<number, ImportRecord['rows']>();
  for (const r of await queryRows(connection, 'import_rows.sql')) {
    const id = num(r.import_id);
    const list = rows.get(id) ?? [];
    list.push({ file: text(r.file_name), table: text(r.table_name) as TableName, rows: num(r.row_count) });
    rows.set(id, list);
  }
  const warnings = new Map<number, ImportIssue[]>();
  for (const r of await queryRows(connection, 'import_warnings.sql')) {
    const id = num(r.import_id);
    const list = warnings.get(id) ?? [];
    list.push({
      code: text(r.code),
      file: text(r.file),
      sheet: textOrNull(r.sheet),
      row: r.row_number === null ? null : num(r.row_number),
      column: textOrNull(r.column_name),
      message: text(r.message),
      ...savedIssueText(r.message_key, r.message_args),
    });
    warnings.set(id, list);
  }
  return (await queryRows(connection, 'imports.sql')).map((r, index) => {
    const id = num(r.import_id);
    return {
      importId: id,
      importedAt: text(r.imported_at),
      files: files.get(id) ?? [],
      rows: rows.get(id) ?? [],
      warnings: warnings.get(id) ?? [],
      current: index === 0,
    };
  });
}
