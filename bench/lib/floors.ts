/**
 * The physical floors an import is measured against: the bare parsers, doing nothing with
 * what they read.
 */
import { basename } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';

/** exceljs's streaming reader over every sheet and row, options as the importer's. */
export async function bareExceljsRead(path: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const sheet of reader) for await (const row of sheet) cells += (row.values as unknown[]).length;
  return cells;
}

/** DuckDB's read_csv (types sniffed) of each file into a plain table of a fresh database. */
export async function duckdbReadCsv(paths: readonly string[]): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const connection = await instance.connect();
  try {
    let rows = 0;
    for (const [i, path] of paths.entries()) {
      await connection.run(`CREATE TABLE t${i} AS SELECT * FROM read_csv($path)`, { path });
      const counted = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM t${i}`);
      rows += Number(counted.getRowObjectsJS()[0]!.n);
    }
    return rows;
  } catch (error) {
    throw new Error(`read_csv of ${paths.map((p) => basename(p)).join(', ')} failed: ${String(error)}`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
