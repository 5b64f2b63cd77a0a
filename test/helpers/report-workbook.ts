import ExcelJS from 'exceljs';

export type Cell = ExcelJS.CellValue;

/** A cell's plain value: dates as ISO days, everything else as exceljs read it. */
function plain(v: Cell): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

/**
 * A titled table of the evaluation workbook: the row whose column A is `title`, its header
 * row below, then rows up to the first blank column A. Rows come back keyed by header.
 */
export function block(sheet: ExcelJS.Worksheet, title: string): Array<Record<string, unknown>> {
  let titleRow = 0;
  sheet.eachRow((row, n) => {
    if (titleRow === 0 && row.getCell(1).value === title) titleRow = n;
  });
  if (titleRow === 0) throw new Error(`sheet ${sheet.name} has no table titled "${title}"`);
  return rowsBelow(sheet, titleRow + 1);
}

/** Rows under the header at `headerRow` (list sheets: 1). */
export function rowsBelow(sheet: ExcelJS.Worksheet, headerRow: number): Array<Record<string, unknown>> {
  const header = sheet.getRow(headerRow);
  const names: string[] = [];
  // The header ends at its first blank cell: a chart's heading may sit further right on the row.
  for (let c = 1; c <= header.cellCount && header.getCell(c).value !== null && header.getCell(c).value !== undefined; c++) names.push(String(header.getCell(c).value));
  const rows: Array<Record<string, unknown>> = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === null || row.getCell(1).value === undefined) break;
    rows.push(Object.fromEntries(names.map((name, i) => [name, plain(row.getCell(i + 1).value) ?? null])));
  }
  return rows;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`the workbook has no sheet "${name}" (it has ${workbook.worksheets.map((w) => w.name).join(', ')})`);
  return found;
}
