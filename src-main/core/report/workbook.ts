import ExcelJS from 'exceljs';
import { LANGUAGE_NAMES } from '../../shared/i18n/index.js';
import { type Headline, headlines, resultHeadlines } from '../../shared/headlines.js';
import { asOfRule, definitions, ratioRule, scopeRule } from '../../shared/methodology.js';
import { issueMessage } from '../../shared/issues.js';
import { putText } from '../export/cell-text.js';
import type { BulkSheet } from './bulk-sheets.js';
import { col, familySheet, filterTable, placeCharts } from './family-sheet.js';
import { type ReportContext, type Words, formatGeneratedAt, words } from './report-context.js';
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

/**
 * Number formats: Excel shows the separators of the reader's own locale whatever the code, so
 * only the unit word of months is the report's language.
 */
const kindFormats = (w: Words): Record<Headline['kind'], string> => ({ count: '#,##0', percent: '0.0%', ratio: '0.0000', months: `0.0" ${w('report.months').replace(/"/g, '')}"`, points: '0.0' });

/** Headline figures with their sentences, each value in its own format. */
function keyFigures(sheet: ExcelJS.Worksheet, row: number, title: string, list: readonly Headline[], w: Words): { next: number } {
  const figures = list.map((h) => ({ label: h.label, value: h.value, sentence: h.sentence, kind: h.kind }));
  const keyCols = [col(w('term.keyFigure'), 'label', 'text'), col(w('term.value'), 'value', 'count'), col(w('term.whatItSays'), 'sentence', 'text', 100)];
  const keys = writeTable(sheet, row, title, keyCols, figures);
  figures.forEach((f, i) => {
    const cell = sheet.getRow(keys.headerRow + 1 + i).getCell(2);
    cell.numFmt = kindFormats(w)[f.kind];
    cell.alignment = { horizontal: 'right' };
    sheet.getRow(keys.headerRow + 1 + i).getCell(3).alignment = { wrapText: true, vertical: 'top' };
  });
  return keys;
}

function summarySheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const w = words(ctx);
  const ind = ctx.data.indicators;
  const sheet = workbook.addWorksheet(w('sheet.summary'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 18;
  sheet.getColumn(3).width = 100;
  const title = sheet.getCell('A1');
  putText(title, ctx.title);
  title.font = { bold: true, size: 16 };
  const facts: Array<[string, string]> = [
    [w('term.programme'), ctx.programme ?? w('report.notRecorded')],
    [w('term.scope'), ctx.scopeText],
    [w('report.generatedAt'), formatGeneratedAt(ctx.generatedAt, ctx.t)],
    [w('report.language'), LANGUAGE_NAMES[ctx.t.language]],
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
    putText(note, w('report.pdf.emptySummary'));
    note.font = { bold: true, color: { argb: 'FFB42318' } };
    r += 2;
  }
  const keys = keyFigures(sheet, r, w('term.keyFigures'), headlines(ind, ctx.t), w);
  let next = keys.next;
  const results = resultHeadlines(ind, ctx.t);
  const { resultIndicators, outcomes } = ctx.data.dataset;
  if (results.length > 0) next = keyFigures(sheet, next, w('term.resultsAndOutcomes'), results, w).next;
  else {
    const none = resultIndicators === 0 && outcomes === 0 ? w('report.noResultsData') : w('report.noResultsInScope');
    putText(sheet.getRow(next).getCell(1), none);
    next += 2;
  }
  const summaryRows = definitions(ctx.t).filter((d) => d.family === 'summary').map((d) => ({
    label: d.label,
    value: ind.summary[d.id.split('.')[1] as keyof typeof ind.summary],
    definition: d.definition,
  }));
  const counts = writeTable(sheet, next, w('term.programmeInNumbers'), [col(w('term.figure'), 'label', 'text'), col(w('term.value'), 'value', 'count'), col(w('term.howThisIsMeasured'), 'definition', 'text')], summaryRows);
  const files = ctx.data.sources.map((s) => ({ ...s }));
  writeTable(
    sheet,
    counts.next,
    w('report.sourceFiles'),
    [col(w('term.file'), 'name', 'text'), col(w('term.bytes'), 'bytes', 'count'), col(w('term.sha256'), 'sha256', 'text'), col(w('term.importedAtUTC'), 'importedAt', 'text'), col(w('term.rows'), 'rows', 'text')],
    files,
  );
  if (files.length > 0) sheet.getColumn(4).width = Math.max(sheet.getColumn(4).width ?? 0, 20);
}

function regionsSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const w = words(ctx);
  const ind = ctx.data.indicators;
  const sheet = familySheet(workbook, w('sheet.regions'), ctx);
  const byRegionCols = [col(w('term.region'), 'region', 'text', 28), col(w('term.pairings'), 'pairings', 'count'), col(w('term.entities'), 'entities', 'count'), col(w('term.shareOfPairings'), 'share', 'percent')];
  const total = ind.summary.pairings;
  const byRegion = writeTable(sheet, 4, w('term.pairingsByRegion'), byRegionCols, ind.pairingsByRegion.map((r) => ({ ...r, region: ctx.t.label('region', r.region), share: total === 0 ? 0 : r.pairings / total })));
  filterTable(sheet, byRegion.headerRow, byRegion.lastRow, byRegionCols.length);
  const regions = matrixTable(ind.regionMatrix.map((c) => ({ ...c, a: ctx.t.label('region', c.a), b: ctx.t.label('region', c.b) })), w('report.matrix.region'));
  const regionMatrix = writeTable(sheet, byRegion.next, w('term.regionToRegionMatrixPairings'), regions.columns, regions.rows);
  const countries = matrixTable(ind.countryMatrix, w('report.matrix.country'));
  writeTable(sheet, regionMatrix.next, w('term.countryToCountryMatrixPairingsISOAlpha2'), countries.columns, countries.rows);
  fitColumns(sheet, [byRegionCols, regions.columns]);
  placeCharts(workbook, sheet, ctx, ['pairings-by-region', 'region-matrix', 'country-matrix'], Math.max(byRegionCols.length, regions.columns.length, countries.columns.length));
}

function themesSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const w = words(ctx);
  const ind = ctx.data.indicators;
  const sheet = familySheet(workbook, w('sheet.themes'), ctx);
  const total = ind.summary.pairings;
  const themeCols = [col(w('term.theme'), 'theme', 'text', 40), col(w('term.pairings'), 'pairings', 'count'), col(w('term.shareOfPairings'), 'share', 'percent')];
  const themes = writeTable(sheet, 4, w('term.pairingsByTheme'), themeCols, ind.themes.map((t) => ({ ...t, theme: ctx.t.label('theme', t.theme), share: total === 0 ? 0 : t.pairings / total })));
  filterTable(sheet, themes.headerRow, themes.lastRow, themeCols.length);
  const multi = writeTable(sheet, themes.next, w('term.multiThemeShare'), [col(w('term.figure'), 'label', 'text'), col(w('term.value'), 'value', 'percent')], [
    { label: w('term.pairingsWithTwoOrMoreThemesPairingsWithATheme'), value: ind.multiThemeShare },
  ]);
  const overlapCols = [col(w('term.themeA'), 'a', 'text', 40), col(w('term.themeB'), 'b', 'text', 40), col(w('term.pairingsWithBoth'), 'pairings', 'count'), col(w('term.jaccard'), 'jaccard', 'ratio')];
  const overlap = writeTable(sheet, multi.next, w('term.themeOverlap'), overlapCols, ind.themeOverlap.map((o) => ({ ...o, a: ctx.t.label('theme', o.a), b: ctx.t.label('theme', o.b) })));
  const names = ind.themes.map((t) => t.theme).filter((t) => ind.themeOverlap.some((o) => o.a === t || o.b === t));
  const jac = new Map<string, number>();
  for (const o of ind.themeOverlap) {
    jac.set(`${o.a}\u0000${o.b}`, o.jaccard);
    jac.set(`${o.b}\u0000${o.a}`, o.jaccard);
  }
  const matrixCols = [col(w('term.themeThemeJaccard'), 'name', 'text', 40), ...names.map((n, i) => col(ctx.t.label('theme', n), `c${i}`, 'ratio', 14))];
  writeTable(sheet, overlap.next, w('term.themeOverlapMatrixJaccard'), matrixCols, names.map((row) => Object.fromEntries([['name', ctx.t.label('theme', row)], ...names.map((n, i) => [`c${i}`, jac.get(`${row}\u0000${n}`)])])));
  fitColumns(sheet, [themeCols, overlapCols]);
  placeCharts(workbook, sheet, ctx, ['themes', 'theme-overlap'], Math.max(overlapCols.length, matrixCols.length));
}

function stakeholdersSheets(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const w = words(ctx);
  const mix = ctx.data.indicators.stakeholderMix;
  const sheet = familySheet(workbook, w('sheet.stakeholders'), ctx);
  const helixCols = [col(w('term.helix'), 'helix', 'text', 18), col(w('term.organisations'), 'organisations', 'count', 14), col(w('term.participants'), 'participants', 'count', 14), col(w('term.shareOfParticipants'), 'share', 'percent', 14)];
  const helix = writeTable(sheet, 4, w('term.helixMix'), helixCols, mix.byHelix.map((h) => ({ ...h, helix: ctx.t.label('helix', h.helix) })));
  filterTable(sheet, helix.headerRow, helix.lastRow, helixCols.length);
  writeTable(sheet, helix.next, w('term.coverageAndEvenness'), [col(w('term.figure'), 'label', 'text'), col(w('term.value'), 'value', 'ratio')], [
    { label: w('term.quadrupleHelixShare'), value: mix.quadrupleHelixShare },
    { label: w('term.meanHelixCoverage'), value: mix.meanHelixCoverage },
    { label: w('term.meanEvenness'), value: mix.meanEvenness },
  ]);
  // Shares as percentages, evenness (not a share) as a ratio.
  sheet.getRow(helix.next + 2).getCell(2).numFmt = '0.0%';
  sheet.getRow(helix.next + 3).getCell(2).numFmt = '0.0%';
  fitColumns(sheet, [helixCols]);
  sheet.getColumn(1).width = 28;
  placeCharts(workbook, sheet, ctx, ['helix-mix'], helixCols.length);

  writeListSheet(workbook, w('sheet.stakeholdersByPairing'), [
    col(w('term.pairing'), 'pairing_id', 'text', 12), col(w('term.title'), 'title', 'text', 36), col(w('term.members'), 'members', 'text', 36), col(w('term.regions'), 'regions', 'text', 24),
    col(w('term.organisations'), 'organisations', 'count'), col(w('term.participants'), 'participants', 'count'),
    col(w('term.academia'), 'academia', 'count'), col(w('term.business'), 'business', 'count'), col(w('term.government'), 'government', 'count'), col(w('term.civilSociety'), 'civil_society', 'count'),
    col(w('term.helicesCovered'), 'helices', 'count'), col(w('term.helixCoverage'), 'helix_coverage', 'percent'), col(w('term.allFourHelices'), 'all_four_helices', 'yesno'), col(w('term.evenness'), 'evenness', 'ratio'),
  ], ctx.data.pairings, bulk);
}

function gcomSheets(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const w = words(ctx);
  const g = ctx.data.indicators.gcom;
  const sheet = familySheet(workbook, w('sheet.gcom'), ctx);
  const regionCols = [col(w('term.region'), 'region', 'text', 28), col(w('term.entities'), 'entities', 'count'), col(w('term.signatories'), 'signatories', 'count'), col(w('term.share'), 'share', 'percent')];
  const byRegion = writeTable(sheet, 4, w('term.gcomSignatoriesByRegion'), regionCols, g.byRegion.map((r) => ({ ...r, region: ctx.t.label('region', r.region) })));
  filterTable(sheet, byRegion.headerRow, byRegion.lastRow, regionCols.length);
  const figures = writeTable(sheet, byRegion.next, w('term.gcomFigures'), [col(w('term.figure'), 'label', 'text'), col(w('term.value'), 'value', 'count')], [
    { label: w('term.entities'), value: g.entities },
    { label: w('term.signatories'), value: g.signatories },
    { label: w('term.signatoryShare'), value: g.share },
    { label: w('term.signatoriesWithAGCoMActionPlan'), value: g.actionPlans },
    { label: w('term.joinedDuringAPairing'), value: g.joinedDuringPairing },
  ]);
  sheet.getRow(figures.headerRow + 3).getCell(2).numFmt = '0.0%';
  fitColumns(sheet, [regionCols]);
  sheet.getColumn(1).width = 36;
  placeCharts(workbook, sheet, ctx, ['gcom-by-region'], regionCols.length);

  writeListSheet(workbook, w('sheet.gcomByEntity'), [
    col(w('term.entity'), 'entity_id', 'text', 12), col(w('term.name'), 'name', 'text', 28), col(w('term.country'), 'country', 'text', 9), col(w('term.region'), 'region', 'text', 26), col(w('term.kind'), 'kind', 'text', 16),
    col(w('term.pairingsInScope'), 'pairings', 'count'), col(w('term.gcomSignatory'), 'gcom_signatory', 'yesno'), col(w('term.joinedGCoM'), 'gcom_joined', 'date'),
    col(w('term.gcomActionPlan'), 'gcom_action_plan', 'yesno'), col(w('term.joinedDuringAPairing'), 'joined_during_pairing', 'yesno'),
  ], ctx.data.entities, bulk);
}

function deliverySheets(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const w = words(ctx);
  const ind = ctx.data.indicators;
  const d = ind.delivery;
  const total = ind.summary.pairings;
  const sheet = familySheet(workbook, w('sheet.delivery'), ctx);
  const planCols = [col(w('term.actionPlan'), 'state', 'text', 28), col(w('term.pairings'), 'pairings', 'count'), col(w('term.shareOfPairings'), 'share', 'percent')];
  const plans = writeTable(sheet, 4, w('term.actionPlans'), planCols, (['none', 'drafting', 'adopted'] as const).map((k) => ({ state: ctx.t.label('actionPlan', k), pairings: d.actionPlans[k], share: total === 0 ? 0 : d.actionPlans[k] / total })));
  filterTable(sheet, plans.headerRow, plans.lastRow, planCols.length);
  const figures = writeTable(sheet, plans.next, w('term.deliveryFigures'), [col(w('term.figure'), 'label', 'text'), col(w('term.value'), 'value', 'decimal')], [
    { label: w('term.pilotProjects'), value: d.pilotProjects },
    { label: w('term.medianDurationMonths'), value: d.medianDurationMonths },
  ]);
  const typeCols = [col(w('term.activityType'), 'type', 'text', 28), col(w('term.activities'), 'activities', 'count'), col(w('term.participants'), 'participants', 'count')];
  writeTable(sheet, figures.next, w('term.activitiesByType'), typeCols, d.activitiesByType.map((a) => ({ ...a, type: ctx.t.label('activity', a.type) })));
  fitColumns(sheet, [planCols, typeCols]);
  placeCharts(workbook, sheet, ctx, ['action-plans', 'activities-by-type'], planCols.length);

  writeListSheet(workbook, w('sheet.deliveryByPairing'), [
    col(w('term.pairing'), 'pairing_id', 'text', 12), col(w('term.title'), 'title', 'text', 36), col(w('term.programme'), 'programme', 'text', 12), col(w('term.component'), 'component', 'text', 16),
    col(w('term.status'), 'status', 'text', 12), col(w('term.start'), 'start_date', 'date'), col(w('term.end'), 'end_date', 'date'), col(w('term.durationMonths'), 'duration_months', 'count'),
    col(w('term.themes'), 'themes', 'text', 40), col(w('term.actionPlan'), 'action_plan', 'text', 12), col(w('term.pilotProjects'), 'pilot_projects', 'count'),
    col(w('term.activities'), 'activities', 'count'), col(w('term.activityParticipants'), 'activity_participants', 'count'),
  ], ctx.data.pairings, bulk);
}

function methodologySheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const w = words(ctx);
  const sheet = workbook.addWorksheet(w('sheet.methodology'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = [col(w('term.family'), 'family', 'text', 14), col(w('term.indicator'), 'label', 'text', 28), col(w('term.keyInIndicatorsJson'), 'id', 'text', 36), col(w('term.howThisIsMeasured'), 'definition', 'text', 110)];
  const rows = [
    { family: 'scope', label: w('term.scope'), id: 'scope', definition: scopeRule(ctx.t) },
    { family: 'all', label: w('term.ratiosAndLists'), id: '', definition: ratioRule(ctx.t) },
    { family: 'scope', label: w('term.asOf'), id: 'scope.asOf', definition: asOfRule(ctx.t) },
    ...definitions(ctx.t).map((d) => ({ family: d.family, label: d.label, id: d.id, definition: d.definition })),
  ];
  const { lastRow } = writeTable(sheet, 1, null, columns, rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: columns.length } };
  fitColumns(sheet, [columns], 110);
  for (let r = 2; r <= lastRow; r++) sheet.getRow(r).getCell(4).alignment = { wrapText: true, vertical: 'top' };
}

function dataQualitySheet(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const w = words(ctx);
  const rows = ctx.data.warnings.map((issue) => ({ ...issue, message: issueMessage(ctx.t, issue) }));
  writeListSheet(workbook, w('sheet.dataQuality'), [
    col(w('term.code'), 'code', 'text', 22), col(w('term.file'), 'file', 'text', 24), col(w('term.sheet'), 'sheet', 'text', 16), col(w('term.row'), 'row', 'count', 8), col(w('term.column'), 'column', 'text', 16), col(w('term.message'), 'message', 'text', 90),
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
  methodologySheet(workbook, ctx);
  dataQualitySheet(workbook, ctx, bulk);
  dataSheets(workbook, ctx, bulk);
  return { workbook, bulk };
}
