import type { DuckDBConnection } from '@duckdb/node-api';
import { ParquetSourceError } from './parquet-folder.js';
import type { TableColumn } from './parquet-tables.js';

/** The columns of one Parquet file; a file DuckDB cannot read as Parquet is named as such. */
async function fileColumns(connection: DuckDBConnection, file: string): Promise<string[]> {
  try {
    const reader = await connection.runAndReadAll('SELECT * FROM read_parquet($file) LIMIT 0', { file });
    return reader.columnNames();
  } catch (e) {
    throw new ParquetSourceError(`${file} cannot be read as Parquet (${(e as Error).message.split('\n')[0]}): write it again, or remove it from the folder.`);
  }
}

/**
 * Checks every file of a table has the table's required (non-null) columns; returns the
 * columns found in any of them. Matched by name: the order in the file does not matter, and
 * a nullable column a file lacks reads as null.
 */
export async function checkColumns(connection: DuckDBConnection, table: string, files: readonly string[], columns: readonly TableColumn[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const file of files) {
    const names = new Set(await fileColumns(connection, file));
    const missing = columns.filter((c) => !c.nullable && !names.has(c.name)).map((c) => c.name);
    if (missing.length > 0) {
      throw new ParquetSourceError(`${file} is not Twinlens Parquet for the table ${table}: it lacks the column(s) ${missing.join(', ')}. Write the table with the columns of data-model.md.`);
    }
    for (const n of names) found.add(n);
  }
  return found;
}

