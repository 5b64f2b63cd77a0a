import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { type DuckDBConnection, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import { sqlFile } from '../../store/sql-file.js';
import { insertFiles } from './copy-files.js';
import { checkColumns } from './parquet-columns.js';
import type { Folder } from './parquet-folder.js';
import { DATASET_TABLES, type TableColumn } from './parquet-tables.js';

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Records the dataset's Parquet files of `folder` as the import's files, numbered from `offset`. */
async function recordFiles(connection: DuckDBConnection, folder: Folder, offset: number): Promise<void> {
  const file = await connection.prepare(sqlFile(import.meta.url, 'parquet_record_file.sql'));
  const rows = await connection.prepare(sqlFile(import.meta.url, 'parquet_record_rows.sql'));
  let index = offset;
  for (const table of DATASET_TABLES) {
    for (const path of folder.files.get(table)!) {
      file.bind([index, relative(dirname(resolve(folder.dir)), path), await sha256(path), (await stat(path)).size]);
      await file.run();
      rows.bind([index, table, path]);
      await rows.run();
      index++;
    }
  }
}

/**
 * The provenance of the folders as one import: the imports they were exported from (files
 * numbered one after another, every warning, the newest time). A folder without it (another
 * tool's) is its own source: its Parquet files with their SHA-256, bytes and rows.
 */
export async function loadProvenance(connection: DuckDBConnection, folders: readonly Folder[], columns: Map<string, TableColumn[]>): Promise<void> {
  await connection.run('CREATE OR REPLACE TEMP TABLE parquet_imports (imported_at TIMESTAMP)');
  let offset = 0;
  for (const folder of folders) {
    const imports = folder.files.get('imports')!;
    if (imports.length > 0) {
      await checkColumns(connection, 'imports', imports, columns.get('imports')!);
      await connection.run('INSERT INTO parquet_imports SELECT CAST(imported_at AS TIMESTAMP) FROM read_parquet($files)', { files: listValue(imports) }, { files: LIST(VARCHAR) });
    }
    if (folder.files.get('import_files')!.length === 0) await recordFiles(connection, folder, offset);
    for (const table of ['import_files', 'import_rows', 'import_warnings']) {
      const list = folder.files.get(table)!;
      if (list.length === 0) continue;
      const present = await checkColumns(connection, table, list, columns.get(table)!);
      const replace: Record<string, string> = { import_id: '1' };
      if (table !== 'import_warnings') replace.file_index = 'CAST(file_index AS INTEGER) + $offset';
      await insertFiles(connection, table, list, columns.get(table)!, present, replace, table === 'import_warnings' ? {} : { offset });
    }
    offset = Number((await connection.runAndReadAll('SELECT count(*) FROM import_files')).getRows()[0]![0]);
  }
  await connection.run(sqlFile(import.meta.url, 'parquet_provenance.sql'));
  await connection.run('DROP TABLE parquet_imports');
}
