import type { DuckDBConnection } from '@duckdb/node-api';
import { type ImportIssue, savedIssueText } from '../../shared/issues.js';
import { num, rows, str } from './sql-rows.js';

/** The warnings of the import that produced the current dataset (latest_import_warnings.sql). */
export async function latestImportWarnings(connection: DuckDBConnection): Promise<ImportIssue[]> {
  return (await rows(connection, 'latest_import_warnings')).map((r) => ({
    code: str(r.code),
    file: str(r.file),
    sheet: r.sheet === null ? null : str(r.sheet),
    row: r.row_number === null ? null : num(r.row_number),
    column: r.column_name === null ? null : str(r.column_name),
    message: str(r.message),
    ...savedIssueText(r.message_key, r.message_args),
  }));
}
