import { type DuckDBConnection, INTEGER, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import { quoteIdent } from '../../store/sql-file.js';
import { ParquetSourceError } from './parquet-folder.js';
import type { TableColumn } from './parquet-tables.js';

/**
 * Copies the files of a table into the project's table of that name, column by column by
 * name and cast to the schema's type. DuckDB keeps a scan's order on insert, so rows keep the
 * order of the files as listed and of the rows in each (the reports' tie-break is that order).
 * `replace`: expressions standing for a column (the provenance's import id, renumbered).
 */
export async function insertFiles(
  connection: DuckDBConnection,
  table: string,
  files: readonly string[],
  columns: readonly TableColumn[],
  present: Set<string>,
  replace: Record<string, string> = {},
  values: Record<string, number> = {},
): Promise<void> {
  const used = columns.filter((c) => present.has(c.name) || c.name in replace);
  const select = used.map((c) => replace[c.name] ?? `CAST(${quoteIdent(c.name)} AS ${c.type})`);
  const sql = `INSERT INTO ${quoteIdent(table)} (${used.map((c) => quoteIdent(c.name)).join(', ')})
    SELECT ${select.join(', ')} FROM read_parquet($files, union_by_name = true)`;
  const types = Object.fromEntries(Object.keys(values).map((k) => [k, INTEGER]));
  try {
    await connection.run(sql, { files: listValue([...files]), ...values }, { files: LIST(VARCHAR), ...types });
  } catch (e) {
    throw new ParquetSourceError(`${files.join(', ')} cannot be read as the table ${table} (${(e as Error).message.split('\n')[0]}): check its columns' types against data-model.md.`);
  }
}
