import { open } from 'node:fs/promises';
import type { DuckDBBlobVector, DuckDBConnection } from '@duckdb/node-api';
import type ExcelJS from 'exceljs';
import { looksLikeFormula } from '../export/cell-text.js';
import { ZipFileWriter } from '../export/zip-file-writer.js';
import { type ZipPart, readZipParts } from '../export/zip-parts.js';
import type { RowSource } from './row-source.js';
import { type SqlColumnType, sheetRowsSql } from './sheet-rows-sql.js';
import type { TableColumn } from './sheet-table.js';

/**
 * Long list sheets (a programme's 100,000 stakeholder rows) cost exceljs's in-memory writer
 * about 10 µs a cell plus a pure-JS deflate, and only that writer can embed the chart
 * images. So exceljs writes every list sheet with its header and two probe rows, which give
 * every column's cell style (plain, and Text-formatted for formula-like text); the rows are
 * then written here as sheet XML, read from DuckDB a chunk at a time and deflated into the
 * file as they come, so a sheet of a million rows is never held whole.
 */
export interface BulkSheet {
  name: string;
  columns: readonly TableColumn[];
  rows: RowSource;
  /**
   * The table's header row (1 on a list sheet). The table must be the sheet's last: rows
   * below the header are replaced, keeping only cells right of the table (chart headings).
   */
  headerRow?: number;
}

/** Probe values: one row of plain values, one of formula-like text, each in the column's format. */
export function probeRows(columns: readonly TableColumn[]): [Record<string, unknown>, Record<string, unknown>] {
  const plain: Record<string, unknown> = {};
  const risky: Record<string, unknown> = {};
  for (const c of columns) {
    const value = c.format === 'text' ? 'probe' : c.format === 'yesno' ? true : c.format === 'date' ? '2000-01-01' : 1;
    plain[c.key] = value;
    risky[c.key] = c.format === 'text' || c.format === 'yesno' ? '=probe' : value;
  }
  return [plain, risky];
}

const columnLetters = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/** Anything xmlText must change: markup characters, CR, controls, lone surrogates, U+FFFE/F. */
const NEEDS_WORK = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Characters XML 1.0 forbids are dropped, as exceljs does; CR is kept as a character reference. */
function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** The last row of an Excel sheet: Excel refuses a file with more. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Rows of a table whose header is on `headerRow` that fit in a sheet. */
export const rowsThatFit = (headerRow: number, rows: number) => Math.min(rows, EXCEL_MAX_ROWS - headerRow);

/** Excel's day number of an ISO date (the 1900 date system). */
function excelSerial(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25_569;
}

function styleOf(rowXml: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(rowXml);
  return m?.[1] ? ` s="${m[1]}"` : '';
}

function rowXml(sheetXml: string, r: number): string {
  const start = sheetXml.indexOf(`<row r="${r}"`);
  if (start < 0) throw new Error(`probe row ${r} not found`);
  return sheetXml.slice(start, sheetXml.indexOf('</row>', start) + 6);
}

/** Column number of a cell reference's letters ("AB" -> 28). */
const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * The cells right of the table's `width` columns in these rows of exceljs's XML, by row
 * number: chart headings on a family sheet, which the table's rows must keep.
 */
function cellsRightOf(xml: string, width: number): Map<number, string> {
  const kept = new Map<number, string>();
  for (const row of xml.matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    let cells = '';
    for (const cell of (row[2] ?? '').matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
      if (columnNumber(cell[1]!) > width) cells += cell[0];
    }
    if (cells !== '') kept.set(Number(row[1]), cells);
  }
  return kept;
}

/** Rows are encoded to bytes this many at a time. */
const ROWS_PER_PIECE = 4096;

/**
 * The sheet's XML with the probe rows replaced by every row (as many as fit in a sheet), and
 * its ranges widened, as pieces of bytes: rows are read and encoded a few thousand at a time.
 */
async function* fillSheet(xml: string, sheet: BulkSheet): AsyncGenerator<Buffer> {
  const header = sheet.headerRow ?? 1;
  const letters = sheet.columns.map((_, i) => columnLetters(i + 1));
  const plainRow = rowXml(xml, header + 1);
  const riskyRow = rowXml(xml, header + 2);
  const plainStyle = letters.map((l) => styleOf(plainRow, `${l}${header + 1}`));
  const textStyle = letters.map((l) => styleOf(riskyRow, `${l}${header + 2}`));
  const count = rowsThatFit(header, sheet.rows.count);
  const last = Math.max(header, header + count);
  const start = xml.indexOf(`<row r="${header + 1}"`);
  const end = xml.indexOf('</sheetData>');
  const right = cellsRightOf(xml.slice(start, end), letters.length);
  const lastKept = Math.max(0, ...right.keys());
  const widen = (text: string) =>
    text
      .replace(/<dimension ref="[A-Z]+\d+(?::([A-Z]+)(\d+))?"\/>/, (_m, col: string | undefined, row: string | undefined) => {
        const widest = col !== undefined && columnNumber(col) > letters.length ? col : letters[letters.length - 1]!;
        return `<dimension ref="A1:${widest}${Math.max(Number(row ?? 1), last, lastKept)}"/>`;
      })
      .replace(/<autoFilter ref="[^"]*"\/>/, `<autoFilter ref="A${header}:${letters[letters.length - 1]}${last}"/>`);
  yield Buffer.from(widen(xml.slice(0, start)), 'utf8');
  const { columns } = sheet;
  let r = header;
  let batch: string[] = [];
  const { sql } = sheet.rows;
  yield* sql ? sqlRows(sql.connection, sql.query) : jsRows();
  if (r !== last) throw new Error(`sheet ${sheet.name} was to list ${count} rows but ${r - header} were read`);
  for (const [row, cells] of right) if (row > last) batch.push(`<row r="${row}">${cells}</row>`);
  yield Buffer.from(batch.join('') + widen(xml.slice(end)), 'utf8');

  /** Rows of a query, their XML built by DuckDB (sheet-rows-sql.ts) and handed over as bytes. */
  async function* sqlRows(connection: DuckDBConnection, query: string): AsyncGenerator<Buffer> {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM (${query}\n)`);
    const types = described.getRowObjectsJS().map((c) => ({ name: String(c.column_name), type: String(c.column_type) }) satisfies SqlColumnType);
    const result = await connection.stream(sheetRowsSql(query, header + 1, columns, types, letters, plainStyle, textStyle));
    for (;;) {
      const chunk = await result.fetchChunk();
      if (chunk === null || chunk.rowCount === 0) break;
      const xml = chunk.getColumnVector(0) as DuckDBBlobVector;
      const rows = Math.min(chunk.rowCount, count - (r - header));
      const pieces: Uint8Array[] = [];
      for (let k = 0; k < rows; k++) {
        r++;
        const bytes = xml.getItemBytes(k)!;
        const beside = right.get(r);
        // The rows beside chart headings (the first few) take those cells before their end.
        pieces.push(beside === undefined ? bytes : Buffer.from(Buffer.from(bytes).toString('utf8').replace(/<\/row>$/, `${beside}</row>`), 'utf8'));
      }
      yield Buffer.concat(pieces);
      if (r - header >= count) break;
    }
  }

  /** Rows held in JS (a short list, or one a test builds), written cell by cell. */
  async function* jsRows(): AsyncGenerator<Buffer> {
    read: for await (const rows of sheet.rows.batches()) {
      const values = columns.map((c) => rows.column(c.key));
      for (let k = 0; k < rows.length; k++) {
        if (r - header >= count) break read;
        r++;
        let cells = '';
        for (let i = 0; i < columns.length; i++) {
          const c = columns[i]!;
          let value = values[i]![k];
          if (value === null || value === undefined || value === '') continue;
          const ref = `${letters[i]}${r}`;
          if (c.format === 'yesno' && typeof value === 'boolean') value = value ? 'yes' : 'no';
          if (c.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
            cells += `<c r="${ref}"${plainStyle[i]}><v>${excelSerial(value)}</v></c>`;
          } else if (typeof value === 'number' || typeof value === 'bigint') {
            cells += `<c r="${ref}"${plainStyle[i]}><v>${value}</v></c>`;
          } else {
            const text = String(value);
            const style = looksLikeFormula(text) ? textStyle[i] : plainStyle[i];
            // Only text with space at an end needs xml:space (a fifth of the bytes of a short cell).
            const t = /^\s|\s$/.test(text) ? '<t xml:space="preserve">' : '<t>';
            cells += `<c r="${ref}"${style} t="inlineStr"><is>${t}${xmlText(text)}</t></is></c>`;
          }
        }
        batch.push(`<row r="${r}">${cells}${right.get(r) ?? ''}</row>`);
        if (batch.length === ROWS_PER_PIECE) {
          yield Buffer.from(batch.join(''), 'utf8');
          batch = [];
        }
      }
    }
  }
}

/** Where each sheet's XML lives in the archive, by sheet name. */
function sheetPaths(parts: readonly ZipPart[]): Map<string, string> {
  const text = (name: string) => parts.find((p) => p.name === name)!.data.toString('utf8');
  const targets = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return new Map(
    [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"/g)].map((m) => [decode(m[1]!), `xl/${targets.get(m[2]!)!.replace(/^\/?xl\//, '')}`]),
  );
}

/**
 * Writes the workbook to `path`: exceljs's parts as they are, every bulk sheet with its rows
 * streamed in. The file is complete only when this resolves (the caller writes a temporary
 * file and renames it).
 */
export async function writeWorkbookFile(path: string, workbook: ExcelJS.Workbook, bulk: readonly BulkSheet[]): Promise<void> {
  const parts = readZipParts(Buffer.from(await workbook.xlsx.writeBuffer()));
  const paths = sheetPaths(parts);
  const bulkByPath = new Map<string, BulkSheet>();
  for (const sheet of bulk) {
    const path = paths.get(sheet.name);
    if (!path || !parts.some((p) => p.name === path)) throw new Error(`sheet ${sheet.name} is missing from the workbook`);
    bulkByPath.set(path, sheet);
  }
  const file = await open(path, 'w');
  try {
    const zip = new ZipFileWriter(file);
    for (const part of parts) {
      if (part.name.endsWith('/')) continue;
      const sheet = bulkByPath.get(part.name);
      if (sheet) await zip.addStream(part.name, fillSheet(part.data.toString('utf8'), sheet));
      else await zip.addBuffer(part.name, part.data);
    }
    await zip.finish();
  } finally {
    await file.close();
  }
}
