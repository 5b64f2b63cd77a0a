import type ExcelJS from 'exceljs';
import { compareRows } from '../../shared/compare-table.js';
import type { Headline } from '../../shared/headlines.js';
import { putText } from '../export/cell-text.js';
import type { BulkSheet } from './bulk-sheets.js';
import { col, familySheet, filterTable, placeCharts, putNote } from './family-sheet.js';
import type { ReportKey } from '../../shared/i18n/index.js';
import { comparisonTitle } from './pdf-report.js';
import { type ReportContext, words } from './report-context.js';
import { type CellFormat, fitColumns, numberFormat, writeLongTable, writeTable } from './sheet-table.js';

/** Sheet "Network" (indicators.md section 6): the figures, the hubs chart, every hub. */
export function networkSheet(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const w = words(ctx);
  const n = ctx.data.indicators.network;
  const sheet = familySheet(workbook, w('sheet.network'), ctx);
  const figureCols = [col(w('term.figure'), 'label', 'text', 36), col(w('term.value'), 'value', 'count')];
  const figures = writeTable(sheet, 4, w('term.networkFigures'), figureCols, [
    { label: w('term.entitiesInTwoOrMorePairings'), value: n.multiPairingEntities },
    { label: w('term.connectedComponents'), value: n.components },
    { label: w('term.entitiesInTheLargestComponent'), value: n.largestComponent },
  ]);
  const hubCols = [col(w('term.entity'), 'entity', 'text', 16), col(w('term.name'), 'name', 'text', 28), col(w('term.country'), 'country', 'text', 9), col(w('term.pairingsInScope'), 'pairings', 'count', 14)];
  fitColumns(sheet, [figureCols, hubCols]);
  placeCharts(workbook, sheet, ctx, ['network-hubs'], hubCols.length);
  if (n.hubs.length === 0) {
    putNote(sheet, figures.next, w('report.network.noHubs'));
    return;
  }
  // Last on the sheet: at L the hubs run to thousands of rows, which bulk-sheets.ts streams.
  const hubs = writeLongTable(sheet, figures.next, w('term.hubsEntitiesInTwoOrMorePairings'), hubCols, n.hubs, bulk);
  filterTable(sheet, hubs.headerRow, hubs.lastRow, hubCols.length);
}

const KIND_FORMATS: Record<Headline['kind'], CellFormat> = { count: 'count', percent: 'percent', ratio: 'ratio', months: 'decimal', points: 'points' };

/**
 * Sheet "Comparison" (report --by, or the Compare view's export): the headline figures with
 * one column per group and the spread (max - min), each value in its figure's format; then
 * what was left out.
 */
export function comparisonSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const w = words(ctx);
  const comparison = ctx.comparison!;
  const sheet = familySheet(workbook, w('sheet.comparison'), ctx);
  const by = w(`report.grouping.${comparison.by}` as ReportKey);
  putText(sheet.getCell('A1'), comparisonTitle(comparison.by, ctx.t));
  if (comparison.groups.length === 0) {
    putNote(sheet, 4, w('report.compare.nothing', { by }));
    return;
  }
  const rows = compareRows(comparison, ctx.t);
  const columns = [
    col(w('term.figure'), 'label', 'text', 30),
    ...comparison.groups.map((g, i) => col(g.value, `g${i}`, 'decimal', Math.max(12, Math.min(28, g.value.length + 2)))),
    col(w('term.spreadMaxMin'), 'spread', 'decimal', 16),
    col(w('term.indicator'), 'id', 'text', 36),
  ];
  const table = writeTable(
    sheet,
    4,
    w('report.compare.headlineFigures', { by }),
    columns,
    rows.map((r) => ({ label: r.label, id: r.id, spread: r.spread, ...Object.fromEntries(r.values.map((v, i) => [`g${i}`, v])) })),
  );
  // Each row keeps its figure's format: a share as a percentage, a count as a count.
  rows.forEach((r, i) => {
    const fmt = numberFormat(KIND_FORMATS[r.kind]);
    const row = sheet.getRow(table.headerRow + 1 + i);
    for (let c = 2; c <= comparison.groups.length + 2; c++) if (fmt && typeof row.getCell(c).value === 'number') row.getCell(c).numFmt = fmt;
  });
  fitColumns(sheet, [columns]);
  let next = table.next;
  const note = (text: string) => {
    next = putNote(sheet, next, text);
  };
  note(w('report.compare.sheetNote', { by }));
  if (comparison.leftOut.length > 0) note(w('report.compare.leftOut', { values: comparison.leftOut.join(', ') }));
}
