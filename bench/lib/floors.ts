/**
 * The physical floors an import is measured against: the bare parsers, doing nothing with
 * what they read.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { readZipDirectory } from '../../src-main/core/import/zip-directory.js';

/** exceljs's streaming reader over every sheet and row, options as the importer's. */
export async function bareExceljsRead(path: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const sheet of reader) for await (const row of sheet) cells += (row.values as unknown[]).length;
  return cells;
}

/**
 * What any xlsx reader must do, and nothing more (issue 16's floor): inflate every XML part
 * of the workbook with node:zlib on one thread and count its cells with a regular-expression
 * scan. Returns the cells counted, so the work cannot be optimised away.
 */
export async function xlsxFloor(path: string): Promise<number> {
  const bytes = await readFile(path);
  const entries = await readZipDirectory(path, bytes.length);
  if (!entries) throw new Error(`${basename(path)} is not a zip archive`);
  let cells = 0;
  for (const entry of entries) {
    if (!entry.name.endsWith('.xml')) continue;
    // Local header: 30 fixed bytes, then the name and the extra field, then the data.
    const at = entry.localHeaderOffset;
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const raw = bytes.subarray(start, start + entry.compressedSize);
    cells += countCells(entry.method === 0 ? raw : inflateRawSync(raw));
  }
  return cells;
}

const SCAN_PIECE = 16 * 1024 * 1024;

/** Cells (`<c ` or `<c>`) in a part, scanned in pieces: an L sheet is longer than a string may be. */
function countCells(xml: Buffer): number {
  let cells = 0;
  for (let from = 0; from < xml.length; from += SCAN_PIECE) {
    // Two bytes of overlap, so a tag split between pieces is counted once, in the piece it starts in.
    const text = xml.toString('latin1', from, Math.min(xml.length, from + SCAN_PIECE + 2));
    const tag = /<c[ >]/g;
    while (tag.exec(text) && tag.lastIndex - 3 < SCAN_PIECE) cells++;
  }
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
