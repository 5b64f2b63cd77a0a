import type ExcelJS from 'exceljs';
import { looksLikeFormula } from '../export/cell-text.js';
import { type ZipPart, readZipParts, writeZipParts } from '../export/zip-parts.js';
import type { TableColumn } from './sheet-table.js';

/**
 * Long list sheets (a programme's 100,000 stakeholder rows) cost exceljs's in-memory writer
 * about 10 µs a cell plus a pure-JS deflate, and only that writer can embed the chart
 * images. So exceljs writes every list sheet with its header and two probe rows, which give
 * every column's cell style (plain, and Text-formatted for formula-like text); the rows are
 * then written here as sheet XML and the archive rebuilt with Node's zlib.
 */
export interface BulkSheet {
  name: string;
  columns: readonly TableColumn[];
  rows: ReadonlyArray<object>;
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

/**
 * The sheet's XML with the probe rows replaced by every row, and its ranges widened. Rows
 * are encoded to bytes a few thousand at a time, so no string of the whole sheet is built.
 */
function fillSheet(xml: string, sheet: BulkSheet): Buffer {
  const header = sheet.headerRow ?? 1;
  const letters = sheet.columns.map((_, i) => columnLetters(i + 1));
  const plainRow = rowXml(xml, header + 1);
  const riskyRow = rowXml(xml, header + 2);
  const plainStyle = letters.map((l) => styleOf(plainRow, `${l}${header + 1}`));
  const textStyle = letters.map((l) => styleOf(riskyRow, `${l}${header + 2}`));
  const last = Math.max(header, header + sheet.rows.length);
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
  const chunks: Buffer[] = [Buffer.from(widen(xml.slice(0, start)), 'utf8')];
  let batch: string[] = [];
  const keys = sheet.columns.map((c) => c.key);
  sheet.rows.forEach((record, index) => {
    const r = index + header + 1;
    let cells = '';
    for (let i = 0; i < keys.length; i++) {
      const c = sheet.columns[i]!;
      let value = (record as Record<string, unknown>)[keys[i]!];
      if (value === null || value === undefined || value === '') continue;
      const ref = `${letters[i]}${r}`;
      if (c.format === 'yesno' && typeof value === 'boolean') value = value ? 'yes' : 'no';
      if (c.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        cells += `<c r="${ref}"${plainStyle[i]}><v>${excelSerial(value)}</v></c>`;
      } else if (typeof value === 'number') {
        cells += `<c r="${ref}"${plainStyle[i]}><v>${value}</v></c>`;
      } else {
        const text = String(value);
        const style = looksLikeFormula(text) ? textStyle[i] : plainStyle[i];
        cells += `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
      }
    }
    batch.push(`<row r="${r}">${cells}${right.get(r) ?? ''}</row>`);
    if (batch.length === 4096) {
      chunks.push(Buffer.from(batch.join(''), 'utf8'));
      batch = [];
    }
  });
  for (const [r, cells] of right) if (r > last) batch.push(`<row r="${r}">${cells}</row>`);
  chunks.push(Buffer.from(batch.join('') + widen(xml.slice(end)), 'utf8'));
  return Buffer.concat(chunks);
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

/** The workbook's bytes, with every bulk sheet's rows written in. */
export async function workbookBytes(workbook: ExcelJS.Workbook, bulk: readonly BulkSheet[]): Promise<Buffer[]> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  if (bulk.length === 0) return [buffer];
  const parts = readZipParts(buffer);
  const paths = sheetPaths(parts);
  for (const sheet of bulk) {
    const path = paths.get(sheet.name);
    const part = parts.find((p) => p.name === path);
    if (!part) throw new Error(`sheet ${sheet.name} is missing from the workbook`);
    part.data = fillSheet(part.data.toString('utf8'), sheet);
  }
  return writeZipParts(parts.filter((p) => !p.name.endsWith('/')));
}
