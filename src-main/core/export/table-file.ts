import ExcelJS from 'exceljs';
import type { CellValue, ExportTableArg, SavedFile } from '../../shared/api-contract.js';
import { looksLikeFormula, putText } from './cell-text.js';

function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = looksLikeFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function safeName(name: string | undefined): string {
  const cleaned = (name ?? 'twinlens-table').replace(/[\\/:*?"<>|\0]/g, '-').trim();
  return cleaned === '' ? 'twinlens-table' : cleaned;
}

/**
 * A table exactly as the user sees it, as CSV (UTF-8 with BOM, so Excel reads accents) or as
 * an xlsx sheet with a bold frozen header and an autofilter. Text that looks like a formula
 * stays text: in xlsx a string cell formatted Text (putText, as the reports do), in CSV a
 * leading apostrophe (a CSV cell has no type, so that is the only defence).
 */
export async function writeTableFile(arg: ExportTableArg): Promise<SavedFile> {
  const base = safeName(arg.name);
  if (arg.format === 'csv') {
    const lines = [arg.columns.map(csvField).join(','), ...arg.rows.map((row) => arg.columns.map((_, i) => csvField(row[i] ?? null)).join(','))];
    const body = `\uFEFF${lines.join('\r\n')}\r\n`;
    return { fileName: `${base}.csv`, mimeType: 'text/csv', base64: Buffer.from(body, 'utf8').toString('base64') };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Twinlens';
  const sheet = workbook.addWorksheet(base.slice(0, 31).replace(/[[\]]/g, '-') || 'Table', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(arg.columns);
  sheet.getRow(1).font = { bold: true };
  for (const row of arg.rows) {
    const added = sheet.addRow(arg.columns.map((_, i) => (typeof row[i] === 'string' ? null : (row[i] ?? null))));
    arg.columns.forEach((_, i) => {
      const value = row[i];
      if (typeof value === 'string') putText(added.getCell(i + 1), value);
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: arg.columns.length } };
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(arg.columns[i]!.length, ...arg.rows.slice(0, 500).map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
  };
}
