/**
 * A long table that ends a family sheet is written by bulk-sheets.ts below a header that is
 * not in row 1, and the cells right of it (chart headings) survive, whether they sit beside
 * the table's rows or below its end.
 */
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BulkSheet, EXCEL_MAX_ROWS, writeWorkbookFile } from '../../src-main/core/report/bulk-sheets.js';
import type { RowSource } from '../../src-main/core/report/row-source.js';
import { readZipParts } from '../../src-main/core/export/zip-parts.js';
import { type TableColumn, writeListSheet, writeLongTable } from '../../src-main/core/report/sheet-table.js';

const columns: TableColumn[] = [
  { header: 'Id', key: 'id', format: 'text' },
  { header: 'Value', key: 'value', format: 'decimal' },
  { header: 'Day', key: 'day', format: 'date' },
];

async function roundTrip(rows: Array<Record<string, unknown>>, headings: Record<number, string>) {
  const bulk: BulkSheet[] = [];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Family');
  sheet.getCell('A1').value = 'Family';
  sheet.getCell('A3').value = 'a small table above';
  for (const [row, text] of Object.entries(headings)) sheet.getRow(Number(row)).getCell(6).value = text;
  const { headerRow, lastRow } = writeLongTable(sheet, 5, 'Long table', columns, rows, bulk);
  sheet.autoFilter = `A${headerRow}:C${lastRow}`;
  const dir = mkdtempSync(join(tmpdir(), 'twinlens-bulk-'));
  let bytes: Buffer;
  try {
    await writeWorkbookFile(join(dir, 'w.xlsx'), workbook, bulk);
    bytes = readFileSync(join(dir, 'w.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { sheet: back.getWorksheet('Family')!, headerRow, lastRow };
}

test('rows land below the header; chart headings beside and below the table are kept', async () => {
  const rows = Array.from({ length: 40 }, (_, i) => ({ id: i === 7 ? '=SUM(1)' : `r${i}`, value: i / 2, day: '2020-01-31' }));
  const { sheet, headerRow, lastRow } = await roundTrip(rows, { 4: 'first chart', 7: 'second chart', 30: 'third chart', 60: 'fourth chart' });
  expect(headerRow).toBe(6);
  expect(lastRow).toBe(46);
  expect(sheet.getCell('A3').value).toBe('a small table above');
  expect(sheet.getRow(6).values).toEqual([undefined, 'Id', 'Value', 'Day']);
  for (const [i, r] of rows.entries()) {
    const row = sheet.getRow(7 + i);
    expect(row.getCell(1).value).toBe(r.id);
    expect(row.getCell(2).value).toBe(r.value);
    expect((row.getCell(3).value as Date).toISOString().slice(0, 10)).toBe('2020-01-31');
  }
  expect(sheet.getCell('A14').numFmt).toBe('@');
  expect(sheet.getCell('A47').value).toBeNull();
  expect(['F4', 'F7', 'F30', 'F60'].map((ref) => sheet.getCell(ref).value)).toEqual(['first chart', 'second chart', 'third chart', 'fourth chart']);
  expect(String(sheet.autoFilter)).toBe('A6:C46');
});

test('an empty long table keeps its header and the headings', async () => {
  const { sheet, lastRow } = await roundTrip([], { 7: 'chart on a probe row', 9: 'below' });
  expect(lastRow).toBe(6);
  expect(sheet.getRow(6).values).toEqual([undefined, 'Id', 'Value', 'Day']);
  expect(sheet.getCell('A7').value).toBeNull();
  expect(sheet.getCell('F7').value).toBe('chart on a probe row');
  expect(sheet.getCell('F9').value).toBe('below');
});

test('a list longer than an Excel sheet lists the rows that fit and says where the rest is', async () => {
  const extra = 3;
  const count = EXCEL_MAX_ROWS - 1 + extra;
  // Rows made as they are read: the test holds no million-row array either.
  const source: RowSource = {
    count,
    head: [],
    async *batches() {
      for (let from = 0; from < count; from += 65_536) {
        const length = Math.min(65_536, count - from);
        yield { length, column: (key) => (key === 'id' ? Array.from({ length }, (_, i) => `r${from + i}`) : new Array(length).fill(null)) };
      }
    },
  };
  const workbook = new ExcelJS.Workbook();
  const bulk: BulkSheet[] = [];
  writeListSheet(workbook, 'Long', columns, source, bulk);
  const dir = mkdtempSync(join(tmpdir(), 'twinlens-bulk-'));
  try {
    await writeWorkbookFile(join(dir, 'long.xlsx'), workbook, bulk);
    // Read back as XML: exceljs would take a minute over a million rows.
    const parts = readZipParts(readFileSync(join(dir, 'long.xlsx')));
    const xml = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    const rowNumbers = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowNumbers.at(-1)).toBe(EXCEL_MAX_ROWS);
    expect(rowNumbers).toHaveLength(EXCEL_MAX_ROWS);
    expect(xml).toContain(`<c r="A${EXCEL_MAX_ROWS}" t="inlineStr"><is><t>r${EXCEL_MAX_ROWS - 2}</t></is></c>`);
    // The note sits right of the table, in E1.
    expect(xml).toContain(`<dimension ref="A1:E${EXCEL_MAX_ROWS}"/>`);
    // exceljs wrote the note, beside the header, as a shared string.
    const strings = parts.find((p) => p.name === 'xl/sharedStrings.xml')!.data.toString('utf8');
    const note = /Only the first ([\d,]+) of ([\d,]+) rows are listed[^<]*Parquet/.exec(strings);
    expect(note?.slice(1)).toEqual([(EXCEL_MAX_ROWS - 1).toLocaleString('en'), count.toLocaleString('en')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
