import ExcelJS from 'exceljs';
import { type Headline, headlines, resultHeadlines } from '../../shared/headlines.js';
import { AS_OF_RULE, DEFINITIONS, RATIO_RULE, SCOPE_RULE } from '../../shared/methodology.js';
import { formatIssue } from '../../shared/issues.js';
import { putText } from '../export/cell-text.js';
import type { BulkSheet } from './bulk-sheets.js';
import { col, familySheet, filterTable, placeCharts } from './family-sheet.js';
import { type ReportContext, formatGeneratedAt } from './report-context.js';
import { dataSheets } from './data-sheets.js';
import { comparisonSheet, networkSheet } from './network-sheets.js';
import { outcomesSheet, resultsSheet, sdgTargetsSheet } from './results-sheets.js';
import { type CellFormat, type TableColumn, fitColumns, putValue, writeListSheet, writeTable } from './sheet-table.js';

/** A symmetric matrix (a <= b cells) as a square table, both halves filled, blanks for zero. */
function matrixTable(cells: ReadonlyArray<{ a: string; b: string; pairings: number }>, label: string) {
  const names = [...new Set(cells.flatMap((c) => [c.a, c.b]))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const value = new Map<string, number>();
  for (const c of cells) {
    value.set(`${c.a}\u0000${c.b}`, c.pairings);
    value.set(`${c.b}\u0000${c.a}`, c.pairings);
  }
  const columns = [col(label, 'name', 'text', 26), ...names.map((n, i) => col(n, `c${i}`, 'count', Math.max(8, Math.min(18, n.length + 2))))];
  const rows = names.map((row) => Object.fromEntries([['name', row], ...names.map((n, i) => [`c${i}`, value.get(`${row}\u0000${n}`)])]));
  return { columns, rows };
}

const KIND_FORMATS: Record<Headline['kind'], string> = { count: '#,##0', percent: '0.0%', ratio: '0.0000', months: '0.0" months"', points: '0.0' };

/** Headline figures with their sentences, each value in its own format. */
function keyFigures(sheet: ExcelJS.Worksheet, row: number, title: string, list: readonly Headline[]): { next: number } {
  const figures = list.map((h) => ({ label: h.label, value: h.value, sentence: h.sentence, kind: h.kind }));
  const keyCols = [col('Key figure', 'label', 'text'), col('Value', 'value', 'count'), col('What it says', 'sentence', 'text', 100)];
  const keys = writeTable(sheet, row, title, keyCols, figures);
  figures.forEach((f, i) => {
    const cell = sheet.getRow(keys.headerRow + 1 + i).getCell(2);
    cell.numFmt = KIND_FORMATS[f.kind];
    cell.alignment = { horizontal: 'right' };
    sheet.getRow(keys.headerRow + 1 + i).getCell(3).alignment = { wrapText: true, vertical: 'top' };
  });
  return keys;
}

function summarySheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const ind = ctx.data.indicators;
  const sheet = workbook.addWorksheet('Summary', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 18;
  sheet.getColumn(3).width = 100;
  const title = sheet.getCell('A1');
  putText(title, ctx.title);
  title.font = { bold: true, size: 16 };
  const facts: Array<[string, string]> = [
    ['Programme', ctx.programme ?? 'not recorded'],
    ['Scope', ctx.scopeText],
    ['Generated at', formatGeneratedAt(ctx.generatedAt)],
  ];
  facts.forEach(([k, v], i) => {
    const row = sheet.getRow(3 + i);
    putText(row.getCell(1), k);
    row.getCell(1).font = { bold: true };
    putText(row.getCell(2), v);
  });
  let r = 7;
  if (ind.summary.pairings === 0) {
    const note = sheet.getRow(r).getCell(1);
    putText(note, 'There are no pairings in this scope: every figure below is zero.');
    note.font = { bold: true, color: { argb: 'FFB42318' } };
    r += 2;
  }
  const keys = keyFigures(sheet, r, 'Key figures', headlines(ind));
  let next = keys.next;
  const results = resultHeadlines(ind);
  const { resultIndicators, outcomes } = ctx.data.dataset;
  if (results.length > 0) next = keyFigures(sheet, next, 'Results and outcomes', results).next;
  else {
    const none = resultIndicators === 0 && outcomes === 0 ? "The programme's data has no result indicators or outcomes." : 'No result indicator or outcome belongs to the pairings in this scope.';
    putText(sheet.getRow(next).getCell(1), none);
    next += 2;
  }
  const summaryRows = DEFINITIONS.filter((d) => d.family === 'summary').map((d) => ({
    label: d.label,
    value: ind.summary[d.id.split('.')[1] as keyof typeof ind.summary],
    definition: d.definition,
  }));
  const counts = writeTable(sheet, next, 'Programme in numbers', [col('Figure', 'label', 'text'), col('Value', 'value', 'count'), col('How this is measured', 'definition', 'text')], summaryRows);
  const files = ctx.data.sources.map((s) => ({ ...s }));
  writeTable(
    sheet,
    counts.next,
    'Source files',
    [col('File', 'name', 'text'), col('Bytes', 'bytes', 'count'), col('SHA-256', 'sha256', 'text'), col('Imported at (UTC)', 'importedAt', 'text'), col('Rows', 'rows', 'text')],
    files,
  );
  if (files.length > 0) sheet.getColumn(4).width = Math.max(sheet.getColumn(4).width ?? 0, 20);
}

function regionsSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const ind = ctx.data.indicators;
  const sheet = familySheet(workbook, 'Regions', ctx);
  const byRegionCols = [col('Region', 'region', 'text', 28), col('Pairings', 'pairings', 'count'), col('Entities', 'entities', 'count'), col('Share of pairings', 'share', 'percent')];
  const total = ind.summary.pairings;
  const byRegion = writeTable(sheet, 4, 'Pairings by region', byRegionCols, ind.pairingsByRegion.map((r) => ({ ...r, share: total === 0 ? 0 : r.pairings / total })));
  filterTable(sheet, byRegion.headerRow, byRegion.lastRow, byRegionCols.length);
  const regions = matrixTable(ind.regionMatrix, 'Region \\ region');
  const regionMatrix = writeTable(sheet, byRegion.next, 'Region-to-region matrix (pairings)', regions.columns, regions.rows);
  const countries = matrixTable(ind.countryMatrix, 'Country \\ country');
  writeTable(sheet, regionMatrix.next, 'Country-to-country matrix (pairings, ISO alpha-2)', countries.columns, countries.rows);
  fitColumns(sheet, [byRegionCols, regions.columns]);
  placeCharts(workbook, sheet, ctx, ['pairings-by-region', 'region-matrix', 'country-matrix'], Math.max(byRegionCols.length, regions.columns.length, countries.columns.length));
}

function themesSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const ind = ctx.data.indicators;
  const sheet = familySheet(workbook, 'Themes', ctx);
  const total = ind.summary.pairings;
  const themeCols = [col('Theme', 'theme', 'text', 40), col('Pairings', 'pairings', 'count'), col('Share of pairings', 'share', 'percent')];
  const themes = writeTable(sheet, 4, 'Pairings by theme', themeCols, ind.themes.map((t) => ({ ...t, share: total === 0 ? 0 : t.pairings / total })));
  filterTable(sheet, themes.headerRow, themes.lastRow, themeCols.length);
  const multi = writeTable(sheet, themes.next, 'Multi-theme share', [col('Figure', 'label', 'text'), col('Value', 'value', 'percent')], [
    { label: 'Pairings with two or more themes / pairings with a theme', value: ind.multiThemeShare },
  ]);
  const overlapCols = [col('Theme a', 'a', 'text', 40), col('Theme b', 'b', 'text', 40), col('Pairings with both', 'pairings', 'count'), col('Jaccard', 'jaccard', 'ratio')];
  const overlap = writeTable(sheet, multi.next, 'Theme overlap', overlapCols, ind.themeOverlap);
  const names = ind.themes.map((t) => t.theme).filter((t) => ind.themeOverlap.some((o) => o.a === t || o.b === t));
  const jac = new Map<string, number>();
  for (const o of ind.themeOverlap) {
    jac.set(`${o.a}\u0000${o.b}`, o.jaccard);
    jac.set(`${o.b}\u0000${o.a}`, o.jaccard);
  }
  const matrixCols = [col('Theme \\ theme (Jaccard)', 'name', 'text', 40), ...names.map((n, i) => col(n, `c${i}`, 'ratio', 14))];
  writeTable(sheet, overlap.next, 'Theme overlap matrix (Jaccard)', matrixCols, names.map((row) => Object.fromEntries([['name', row], ...names.map((n, i) => [`c${i}`, jac.get(`${row}\u0000${n}`)])])));
  fitColumns(sheet, [themeCols, overlapCols]);
  placeCharts(workbook, sheet, ctx, ['themes', 'theme-overlap'], Math.max(overlapCols.length, matrixCols.length));
}

function stakeholdersSheets(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const mix = ctx.data.indicators.stakeholderMix;
  const sheet = familySheet(workbook, 'Stakeholders', ctx);
  const helixCols = [col('Helix', 'helix', 'text', 18), col('Organisations', 'organisations', 'count', 14), col('Participants', 'participants', 'count', 14), col('Share of participants', 'share', 'percent', 14)];
  const helix = writeTable(sheet, 4, 'Helix mix', helixCols, mix.byHelix);
  filterTable(sheet, helix.headerRow, helix.lastRow, helixCols.length);
  writeTable(sheet, helix.next, 'Coverage and evenness', [col('Figure', 'label', 'text'), col('Value', 'value', 'ratio')], [
    { label: 'Quadruple-helix share', value: mix.quadrupleHelixShare },
    { label: 'Mean helix coverage', value: mix.meanHelixCoverage },
    { label: 'Mean evenness', value: mix.meanEvenness },
  ]);
  // Shares as percentages, evenness (not a share) as a ratio.
  sheet.getRow(helix.next + 2).getCell(2).numFmt = '0.0%';
  sheet.getRow(helix.next + 3).getCell(2).numFmt = '0.0%';
  fitColumns(sheet, [helixCols]);
  sheet.getColumn(1).width = 28;
  placeCharts(workbook, sheet, ctx, ['helix-mix'], helixCols.length);

  writeListSheet(workbook, 'Stakeholders by pairing', [
    col('Pairing', 'pairing_id', 'text', 12), col('Title', 'title', 'text', 36), col('Members', 'members', 'text', 36), col('Regions', 'regions', 'text', 24),
    col('Organisations', 'organisations', 'count'), col('Participants', 'participants', 'count'),
    col('Academia', 'academia', 'count'), col('Business', 'business', 'count'), col('Government', 'government', 'count'), col('Civil society', 'civil_society', 'count'),
    col('Helices covered', 'helices', 'count'), col('Helix coverage', 'helix_coverage', 'percent'), col('All four helices', 'all_four_helices', 'yesno'), col('Evenness', 'evenness', 'ratio'),
  ], ctx.data.pairings, bulk);
}

function gcomSheets(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const g = ctx.data.indicators.gcom;
  const sheet = familySheet(workbook, 'GCoM', ctx);
  const regionCols = [col('Region', 'region', 'text', 28), col('Entities', 'entities', 'count'), col('Signatories', 'signatories', 'count'), col('Share', 'share', 'percent')];
  const byRegion = writeTable(sheet, 4, 'GCoM signatories by region', regionCols, g.byRegion);
  filterTable(sheet, byRegion.headerRow, byRegion.lastRow, regionCols.length);
  const figures = writeTable(sheet, byRegion.next, 'GCoM figures', [col('Figure', 'label', 'text'), col('Value', 'value', 'count')], [
    { label: 'Entities', value: g.entities },
    { label: 'Signatories', value: g.signatories },
    { label: 'Signatory share', value: g.share },
    { label: 'Signatories with a GCoM action plan', value: g.actionPlans },
    { label: 'Joined during a pairing', value: g.joinedDuringPairing },
  ]);
  sheet.getRow(figures.headerRow + 3).getCell(2).numFmt = '0.0%';
  fitColumns(sheet, [regionCols]);
  sheet.getColumn(1).width = 36;
  placeCharts(workbook, sheet, ctx, ['gcom-by-region'], regionCols.length);

  writeListSheet(workbook, 'GCoM by entity', [
    col('Entity', 'entity_id', 'text', 12), col('Name', 'name', 'text', 28), col('Country', 'country', 'text', 9), col('Region', 'region', 'text', 26), col('Kind', 'kind', 'text', 16),
    col('Pairings in scope', 'pairings', 'count'), col('GCoM signatory', 'gcom_signatory', 'yesno'), col('Joined GCoM', 'gcom_joined', 'date'),
    col('GCoM action plan', 'gcom_action_plan', 'yesno'), col('Joined during a pairing', 'joined_during_pairing', 'yesno'),
  ], ctx.data.entities, bulk);
}

function deliverySheets(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const ind = ctx.data.indicators;
  const d = ind.delivery;
  const total = ind.summary.pairings;
  const sheet = familySheet(workbook, 'Delivery', ctx);
  const planCols = [col('Action plan', 'state', 'text', 28), col('Pairings', 'pairings', 'count'), col('Share of pairings', 'share', 'percent')];
  const plans = writeTable(sheet, 4, 'Action plans', planCols, (['none', 'drafting', 'adopted'] as const).map((k) => ({ state: k, pairings: d.actionPlans[k], share: total === 0 ? 0 : d.actionPlans[k] / total })));
  filterTable(sheet, plans.headerRow, plans.lastRow, planCols.length);
  const figures = writeTable(sheet, plans.next, 'Delivery figures', [col('Figure', 'label', 'text'), col('Value', 'value', 'decimal')], [
    { label: 'Pilot projects', value: d.pilotProjects },
    { label: 'Median duration (months)', value: d.medianDurationMonths },
  ]);
  const typeCols = [col('Activity type', 'type', 'text', 28), col('Activities', 'activities', 'count'), col('Participants', 'participants', 'count')];
  writeTable(sheet, figures.next, 'Activities by type', typeCols, d.activitiesByType);
  fitColumns(sheet, [planCols, typeCols]);
  placeCharts(workbook, sheet, ctx, ['action-plans', 'activities-by-type'], planCols.length);

  writeListSheet(workbook, 'Delivery by pairing', [
    col('Pairing', 'pairing_id', 'text', 12), col('Title', 'title', 'text', 36), col('Programme', 'programme', 'text', 12), col('Component', 'component', 'text', 16),
    col('Status', 'status', 'text', 12), col('Start', 'start_date', 'date'), col('End', 'end_date', 'date'), col('Duration (months)', 'duration_months', 'count'),
    col('Themes', 'themes', 'text', 40), col('Action plan', 'action_plan', 'text', 12), col('Pilot projects', 'pilot_projects', 'count'),
    col('Activities', 'activities', 'count'), col('Activity participants', 'activity_participants', 'count'),
  ], ctx.data.pairings, bulk);
}

function methodologySheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Methodology', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = [col('Family', 'family', 'text', 14), col('Indicator', 'label', 'text', 28), col('Key in indicators --json', 'id', 'text', 36), col('How this is measured', 'definition', 'text', 110)];
  const rows = [
    { family: 'scope', label: 'Scope', id: 'scope', definition: SCOPE_RULE },
    { family: 'all', label: 'Ratios and lists', id: '', definition: RATIO_RULE },
    { family: 'scope', label: 'As of', id: 'scope.asOf', definition: AS_OF_RULE },
    ...DEFINITIONS.map((d) => ({ family: d.family, label: d.label, id: d.id, definition: d.definition })),
  ];
  const { lastRow } = writeTable(sheet, 1, null, columns, rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: columns.length } };
  fitColumns(sheet, [columns], 110);
  for (let r = 2; r <= lastRow; r++) sheet.getRow(r).getCell(4).alignment = { wrapText: true, vertical: 'top' };
}

function dataQualitySheet(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const rows = ctx.data.warnings.map((w) => ({ ...w, text: formatIssue(w) }));
  writeListSheet(workbook, 'Data quality', [
    col('Code', 'code', 'text', 22), col('File', 'file', 'text', 24), col('Sheet', 'sheet', 'text', 16), col('Row', 'row', 'count', 8), col('Column', 'column', 'text', 16), col('Message', 'message', 'text', 90),
  ], rows, bulk);
}

/**
 * The evaluation workbook of issue 4, built in memory (images need the whole workbook),
 * with long lists left to bulk-sheets.ts: write it with `workbookBytes(workbook, bulk)`.
 */
export function buildWorkbook(ctx: ReportContext): { workbook: ExcelJS.Workbook; bulk: BulkSheet[] } {
  const bulk: BulkSheet[] = [];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Twinlens';
  workbook.title = ctx.title;
  workbook.created = ctx.generatedAt;
  summarySheet(workbook, ctx);
  if (ctx.comparison) comparisonSheet(workbook, ctx);
  regionsSheet(workbook, ctx);
  themesSheet(workbook, ctx);
  stakeholdersSheets(workbook, ctx, bulk);
  gcomSheets(workbook, ctx, bulk);
  deliverySheets(workbook, ctx, bulk);
  networkSheet(workbook, ctx, bulk);
  resultsSheet(workbook, ctx, bulk);
  outcomesSheet(workbook, ctx, bulk);
  sdgTargetsSheet(workbook, ctx);
  methodologySheet(workbook);
  dataQualitySheet(workbook, ctx, bulk);
  dataSheets(workbook, ctx, bulk);
  return { workbook, bulk };
}
