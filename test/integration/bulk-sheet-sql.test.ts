/**
 * A long list's rows are written as sheet XML by DuckDB (sheet-rows-sql.ts) when they come
 * from a query, and by JS (bulk-sheets.ts) when they are in memory. Both must write the same
 * cells: texts that need escaping, space kept at either end, characters XML forbids dropped,
 * formula-like text in the column's Text style, blanks left out, numbers and ISO days.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { afterAll, expect, test } from 'vitest';
import { readZipParts } from '../../src-main/core/export/zip-parts.js';
import { type BulkSheet, writeWorkbookFile } from '../../src-main/core/report/bulk-sheets.js';
import { queryRows, rowsOf } from '../../src-main/core/report/row-source.js';
import { type TableColumn, writeListSheet } from '../../src-main/core/report/sheet-table.js';

const dir = mkdtempSync(join(tmpdir(), 'twinlens-bulk-sql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const columns: TableColumn[] = [
  { header: 'Name', key: 'name', format: 'text' },
  { header: 'Count', key: 'n', format: 'count' },
  { header: 'Day', key: 'day', format: 'date' },
];

/** Each name with what a reader must see back (null: a blank cell). */
const NAMES: Array<[string | null, string | null]> = [
  ['plain', 'plain'],
  ['Fish & <chips>', 'Fish & <chips>'],
  [' leading space', ' leading space'],
  ['trailing tab\t', 'trailing tab\t'],
  ['\nnew line first', '\nnew line first'],
  ['form feed last\f', 'form feed last'],
  ['carriage\rreturn', 'carriage\rreturn'],
  ['bell\u0007 and nul\u0000 dropped', 'bell and nul dropped'],
  ['not a character \uFFFE\uFFFF', 'not a character '],
  ['=SUM(1,2)', '=SUM(1,2)'],
  ['+1', '+1'],
  ['-2', '-2'],
  ['@me', '@me'],
  ['\t=tab first', '\t=tab first'],
  ['\r=cr first', '\r=cr first'],
  ['Zürich – 東京都 😀', 'Zürich – 東京都 😀'],
  ['', null],
  [null, null],
];

const rows = NAMES.map(([name], i) => ({ name, n: i % 3 === 0 ? null : i * 1000, day: i % 2 === 0 ? '2021-03-04' : i % 5 === 0 ? 'sometime' : null }));

async function sheetXml(file: string, source: Parameters<typeof writeListSheet>[3]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const bulk: BulkSheet[] = [];
  writeListSheet(workbook, 'List', columns, source, bulk);
  await writeWorkbookFile(join(dir, file), workbook, bulk);
  return readZipParts(readFileSync(join(dir, file))).find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
}

test('DuckDB writes the same rows as JS, and a reader sees each text as it should', async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run('CREATE TABLE list (i INTEGER, name VARCHAR, n BIGINT, day VARCHAR)');
    const appender = await connection.createAppender('list');
    rows.forEach((r, i) => {
      appender.appendInteger(i);
      if (r.name === null) appender.appendNull();
      else appender.appendVarchar(r.name);
      if (r.n === null) appender.appendNull();
      else appender.appendBigInt(BigInt(r.n));
      if (r.day === null) appender.appendNull();
      else appender.appendVarchar(r.day);
      appender.endRow();
    });
    appender.closeSync();
    const fromSql = await sheetXml('sql.xlsx', await queryRows(connection, 'SELECT name, n, day FROM list ORDER BY i'));
    const fromJs = await sheetXml('js.xlsx', rowsOf(rows));
    const sheetData = (xml: string) => xml.slice(xml.indexOf('<sheetData>'), xml.indexOf('</sheetData>'));
    expect(sheetData(fromSql)).toBe(sheetData(fromJs));
    expect(fromSql).toContain('<t xml:space="preserve"> leading space</t>');
    expect(fromSql).toContain('<t>Fish &amp; &lt;chips&gt;</t>');
    expect(fromSql).toContain('carriage&#13;return');

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(dir, 'sql.xlsx'));
    const sheet = back.getWorksheet('List')!;
    const textStyle = sheet.getCell('A11').numFmt;
    expect(textStyle).toBe('@');
    NAMES.forEach(([, seen], i) => {
      const cell = sheet.getCell(`A${i + 2}`);
      expect(cell.value ?? null, `row ${i + 2}`).toBe(seen);
      // Formula-like text (=, +, -, @, a leading tab or CR) is in the Text style, so Excel never evaluates it.
      if (seen !== null) expect(cell.numFmt === '@', `row ${i + 2} style`).toBe(/^[=+\-@\t\r]/.test(seen));
      expect(sheet.getCell(`B${i + 2}`).value ?? null).toBe(rows[i]!.n);
    });
    expect((sheet.getCell('C2').value as Date).toISOString().slice(0, 10)).toBe('2021-03-04');
    expect(sheet.getCell('C7').value).toBe('sometime');
    expect(sheet.getCell('C3').value ?? null).toBeNull();
  } finally {
    connection.closeSync();
  }
});
