import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from './cell.js';
import type { ByteProgress, SheetRow, SheetSource } from './sheet-source.js';
import { worksheetNames } from './workbook-sheets.js';
import { type ZipEntry, openZipEntry, readZipDirectory } from './zip-directory.js';

/** exceljs hands over rich text, formulas, hyperlinks and errors as objects; we want values. */
export function flattenCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return flattenCell(v.result);
    if ('text' in v) return flattenCell(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return null;
}

/**
 * The parts of exceljs's streaming WorkbookReader that parse one zip entry each. Twinlens
 * opens the entries itself, straight from the zip's central directory: exceljs's own zip
 * walk (unzipper) was seen to drop xl/sharedStrings.xml now and then when sheets come
 * first in the archive, leaving every text cell empty.
 */
interface EntryParsers {
  model?: { sheets: unknown[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
}

const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * Streams a workbook sheet by sheet, in the workbook's own order, so memory stays flat
 * however many rows it holds. A sheet's rows must be consumed before the next sheet is
 * asked for; rows left unread are skipped.
 */
export async function* readXlsxSheets(path: string, onBytes?: ByteProgress): AsyncGenerator<SheetSource> {
  const total = (await stat(path)).size;
  const entries = await readZipDirectory(path, total);
  if (!entries) throw new Error('the zip archive is damaged');
  const byName = new Map(entries.map((e) => [e.name, e]));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache', // without it dates arrive as serial numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as EntryParsers;

  const part = (name: string) => byName.get(name);
  const rels = part('xl/_rels/workbook.xml.rels');
  if (rels) await reader._parseRels(await openZipEntry(path, rels));
  const workbook = part('xl/workbook.xml');
  if (workbook) await reader._parseWorkbook(await openZipEntry(path, workbook));
  reader.model ??= { sheets: [] };
  const strings = part('xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(await openZipEntry(path, strings)));
  const styles = part('xl/styles.xml');
  if (styles) await reader._parseStyles(await openZipEntry(path, styles));

  const names = await worksheetNames(path, entries);
  const sheets: Array<{ entry: ZipEntry; sheetNo: string; name: string }> = [];
  for (const [sheetNo, name] of names) {
    const entry = part(`xl/worksheets/sheet${sheetNo}.xml`);
    if (entry) sheets.push({ entry, sheetNo, name });
  }
  if (sheets.length === 0) {
    // No readable workbook.xml: every worksheet part, in number order, under its default name.
    for (const entry of entries) {
      const sheetNo = WORKSHEET.exec(entry.name)?.[1];
      if (sheetNo) sheets.push({ entry, sheetNo, name: `Sheet${sheetNo}` });
    }
    sheets.sort((a, b) => Number(a.sheetNo) - Number(b.sheetNo));
  }

  const totalXml = sheets.reduce((sum, s) => sum + s.entry.uncompressedSize, 0) || 1;
  let doneXml = 0;
  for (const { entry, sheetNo, name } of sheets) {
    const stream = await openZipEntry(path, entry);
    let inflated = 0;
    stream.on('data', (chunk: Buffer) => {
      inflated += chunk.length;
      onBytes?.(Math.min(1, (doneXml + inflated) / totalXml) * total, total);
    });
    try {
      for (const event of reader._parseWorksheet(stream, sheetNo)) {
        if (event.eventType === 'worksheet') yield { name, rows: rowsOf(event.value as AsyncIterable<ExcelJS.Row>) };
      }
    } finally {
      stream.destroy();
    }
    doneXml += entry.uncompressedSize;
  }
}

async function* rowsOf(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) {
    const values = row.values as unknown[];
    const cells: Cell[] = new Array(Math.max(0, values.length - 1));
    for (let i = 1; i < values.length; i++) cells[i - 1] = flattenCell(values[i]);
    yield { number: row.number, cells };
  }
}
