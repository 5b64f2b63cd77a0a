import type ExcelJS from 'exceljs';
import { compareRows } from '../../shared/compare-table.js';
import type { Headline } from '../../shared/headlines.js';
import { putText } from '../export/cell-text.js';
import type { BulkSheet } from './bulk-sheets.js';
import { col, familySheet, filterTable, placeCharts, putNote } from './family-sheet.js';
import type { ReportContext } from './report-context.js';
import { type CellFormat, fitColumns, numberFormat, writeLongTable, writeTable } from './sheet-table.js';

/** Sheet "Network" (indicators.md section 6): the figures, the hubs chart, every hub. */
export function networkSheet(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const n = ctx.data.indicators.network;
  const sheet = familySheet(workbook, 'Network', ctx);
  const figureCols = [col('Figure', 'label', 'text', 36), col('Value', 'value', 'count')];
  const figures = writeTable(sheet, 4, 'Network figures', figureCols, [
    { label: 'Entities in two or more pairings', value: n.multiPairingEntities },
    { label: 'Connected components', value: n.components },
    { label: 'Entities in the largest component', value: n.largestComponent },
  ]);
  const hubCols = [col('Entity', 'entity', 'text', 16), col('Name', 'name', 'text', 28), col('Country', 'country', 'text', 9), col('Pairings in scope', 'pairings', 'count', 14)];
  fitColumns(sheet, [figureCols, hubCols]);
  placeCharts(workbook, sheet, ctx, ['network-hubs'], hubCols.length);
  if (n.hubs.length === 0) {
    putNote(sheet, figures.next, 'No entity is in two or more pairings in this scope.');
    return;
  }
  // Last on the sheet: at L the hubs run to thousands of rows, which bulk-sheets.ts streams.
  const hubs = writeLongTable(sheet, figures.next, 'Hubs: entities in two or more pairings', hubCols, n.hubs, bulk);
  filterTable(sheet, hubs.headerRow, hubs.lastRow, hubCols.length);
}

const KIND_FORMATS: Record<Headline['kind'], CellFormat> = { count: 'count', percent: 'percent', ratio: 'ratio', months: 'decimal', points: 'points' };

/**
 * Sheet "Comparison" (report --by, or the Compare view's export): the headline figures with
 * one column per group and the spread (max - min), each value in its figure's format; then
 * what was left out.
 */
export function comparisonSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const comparison = ctx.comparison!;
  const sheet = familySheet(workbook, 'Comparison', ctx);
  putText(sheet.getCell('A1'), `Comparison by ${comparison.by}`);
  if (comparison.groups.length === 0) {
    putNote(sheet, 4, `No ${comparison.by} has pairings within the filters: there is nothing to compare.`);
    return;
  }
  const rows = compareRows(comparison);
  const columns = [
    col('Figure', 'label', 'text', 30),
    ...comparison.groups.map((g, i) => col(g.value, `g${i}`, 'decimal', Math.max(12, Math.min(28, g.value.length + 2)))),
    col('Spread (max - min)', 'spread', 'decimal', 16),
    col('Indicator', 'id', 'text', 36),
  ];
  const table = writeTable(
    sheet,
    4,
    `Headline figures by ${comparison.by}`,
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
  note(`Each column holds the indicators of the pairings in scope with that ${comparison.by} (indicators.md section 7); groups overlap where a pairing has several values. Shares are ratios shown as percentages; their spread is in the same unit.`);
  if (comparison.leftOut.length > 0) note(`Left out, with no pairings within the filters: ${comparison.leftOut.join(', ')}.`);
}
