import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from './cell.js';
import type { ByteProgress, SheetRow, SheetSource } from './sheet-source.js';
import { worksheetNames } from './workbook-sheets.js';
import { readZipDirectory } from './zip-directory.js';

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
 * Streams a workbook sheet by sheet with exceljs's streaming reader, so memory stays flat
 * however many rows it holds. A sheet's rows must be consumed before the next sheet is
 * asked for; rows left unread are skipped.
 */
export async function* readXlsxSheets(path: string, onBytes?: ByteProgress): AsyncGenerator<SheetSource> {
  const total = (await stat(path)).size;
  const names = await worksheetNames(path, (await readZipDirectory(path, total)) ?? []);
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      onBytes?.(read, total);
      done(null, chunk);
    },
  });
  const input = createReadStream(path).on('error', (e) => counter.destroy(e));
  input.pipe(counter);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counter, {
    sharedStrings: 'cache',
    styles: 'cache', // without it dates arrive as serial numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  // exceljs reads sheets before workbook.xml when the zip puts them first; it then needs a model.
  Object.assign(reader, { model: { sheets: [] } });
  let sheetNo = '';
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
    if (entry.type === 'worksheet') sheetNo = String(entry.id);
  });
  try {
    for await (const sheet of reader) {
      const worksheet = sheet as unknown as AsyncIterable<ExcelJS.Row>;
      yield { name: names.get(sheetNo) ?? `Sheet${sheetNo}`, rows: rowsOf(worksheet) };
    }
  } finally {
    input.destroy();
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
