import type ExcelJS from 'exceljs';
import type { ChartId } from '../../shared/charts/types.js';
import { putText } from '../export/cell-text.js';
import { svgToPng } from './render-chart.js';
import type { ReportContext } from './report-context.js';
import { type CellFormat, type TableColumn, numberFormat, writeTable } from './sheet-table.js';

export const col = (header: string, key: string, format: CellFormat, width?: number): TableColumn => ({ header, key, format, width });

/** Column of the chart images on a family sheet: right of the widest table. */
const CHART_COLUMN = 6;

/** A family sheet: heading and scope frozen on top, titled tables below, charts on the right. */
export function familySheet(workbook: ExcelJS.Workbook, name: string, ctx: ReportContext): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  const title = sheet.getCell('A1');
  putText(title, name);
  title.font = { bold: true, size: 14 };
  const scope = sheet.getCell('A2');
  putText(scope, `${ctx.t.t('term.scope')}${ctx.t.t('punctuation.colon')} ${ctx.scopeText}`);
  scope.font = { italic: true, color: { argb: 'FF52606D' } };
  return sheet;
}

/** A line in place of tables: why a sheet or table is empty. */
export function putNote(sheet: ExcelJS.Worksheet, row: number, text: string): number {
  const cell = sheet.getRow(row).getCell(1);
  putText(cell, text);
  cell.font = { italic: true, color: { argb: 'FF52606D' } };
  return row + 2;
}

/** Embeds charts as PNG images stacked in the chart column, each under its finding. */
export function placeCharts(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, ctx: ReportContext, ids: readonly ChartId[], widest: number): void {
  const column = Math.max(CHART_COLUMN, widest + 2);
  let row = 4;
  for (const id of ids) {
    const rendered = ctx.charts.get(id);
    if (!rendered) continue;
    const { chart } = rendered;
    const heading = sheet.getRow(row).getCell(column);
    putText(heading, chart.title);
    heading.font = { bold: true };
    const image = workbook.addImage({ buffer: svgToPng(rendered.svg) as unknown as ExcelJS.Buffer, extension: 'png' });
    sheet.addImage(image, { tl: { col: column - 1, row }, ext: { width: chart.size.width, height: chart.size.height }, editAs: 'oneCell' });
    // Default rows are 20 px high: leave room for the image and a gap.
    row += Math.ceil(chart.size.height / 20) + 3;
  }
}

export function filterTable(sheet: ExcelJS.Worksheet, headerRow: number, lastRow: number, columns: number): void {
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(lastRow, headerRow), column: columns } };
}

export interface Figure {
  label: string;
  /** Null: the figure cannot be computed (the cell stays blank, as the JSON has null). */
  value: number | null;
  format: CellFormat;
}

/** A "Figure / Value" table whose values each keep their own format (a count, a share, points). */
export function writeFigures(sheet: ExcelJS.Worksheet, startRow: number, title: string, figures: readonly Figure[], ctx: ReportContext): { next: number; headerRow: number; lastRow: number } {
  const table = writeTable(sheet, startRow, title, [col(ctx.t.t('term.figure'), 'label', 'text'), col(ctx.t.t('term.value'), 'value', 'decimal')], figures);
  figures.forEach((f, i) => {
    const cell = sheet.getRow(table.headerRow + 1 + i).getCell(2);
    const fmt = numberFormat(f.format);
    if (f.value !== null && fmt) cell.numFmt = fmt;
  });
  return table;
}
