import type ExcelJS from 'exceljs';
import { STATUS_COLOURS, STATUS_TEXT } from '../../shared/charts/results.js';
import { sdgTarget, sdgGoalOf } from '../../shared/charts/outcomes.js';
import { RESULT_LEVELS } from '../../shared/domain.js';
import { RESULT_STATUSES, STATUS_KEYS, type AchievementGroup } from '../../shared/results.js';
import type { BulkSheet } from './bulk-sheets.js';
import { col, familySheet, filterTable, placeCharts, putNote, writeFigures } from './family-sheet.js';
import type { ReportContext } from './report-context.js';
import { type TableColumn, fitColumns, writeLongTable, writeTable } from './sheet-table.js';

/** What a sheet says when the programme's data has none of it (not merely none in scope). */
export const NO_RESULT_INDICATORS =
  "The programme's data has no result indicators: add the optional sheets Result indicators and Result values (the template's README sheet explains them) to track results here.";
export const NO_OUTCOMES = "The programme's data has no harvested outcomes: add the optional sheet Outcomes (the template's README sheet explains it) to record them here.";

export const TRACKING_COLUMNS: readonly TableColumn[] = [
  col('Indicator', 'indicator_id', 'text', 11),
  col('Pairing', 'pairing_id', 'text', 11),
  col('Member', 'member', 'text', 22),
  col('Level', 'level', 'text', 10),
  col('Title', 'title', 'text', 44),
  col('Unit', 'unit', 'text', 10),
  col('Baseline', 'baseline', 'decimal'),
  col('Target to date', 'target', 'decimal'),
  col('Actual to date', 'actual', 'decimal'),
  col('Achievement (%)', 'achievement', 'points', 14),
  col('Status', 'status', 'text', 19),
  col('Direction', 'direction', 'text', 10),
  col('Accumulation', 'accumulation', 'text', 13),
  col('Framework', 'framework_ref', 'text', 14),
  col('SDG targets', 'sdg_targets', 'text', 14),
];
const STATUS_COLUMN = TRACKING_COLUMNS.findIndex((c) => c.key === 'status') + 1;

/** The member an indicator measures, or the pairing as a whole (results.md section 1). */
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * Each status cell coloured by a rule on its word, not a fixed fill: the colour follows the
 * word when a reader sorts, filters or edits the table, and bulk rows need no per-row style.
 */
function colourStatuses(sheet: ExcelJS.Worksheet, firstRow: number, lastRow: number): void {
  if (lastRow < firstRow) return;
  const letter = String.fromCharCode(64 + STATUS_COLUMN);
  sheet.addConditionalFormatting({
    ref: `${letter}${firstRow}:${letter}${lastRow}`,
    rules: RESULT_STATUSES.map((status, i) => ({
      type: 'cellIs' as const,
      priority: i + 1,
      operator: 'equal' as const,
      formulae: [`"${status}"`],
      style: {
        fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: argb(STATUS_COLOURS[status]) } },
        font: { color: { argb: argb(STATUS_TEXT[status]) } },
      },
    })),
  });
}

const groupColumns = (label: string) => [
  col(label, 'group', 'text', 30),
  col('Indicators with an achievement', 'indicators', 'count', 14),
  col('Median achievement (%)', 'medianAchievement', 'points', 14),
  col('On track', 'onTrack', 'count'),
  col('At risk', 'atRisk', 'count'),
  col('Off track', 'offTrack', 'count'),
];

export function resultsSheet(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const sheet = familySheet(workbook, 'Results', ctx);
  if (ctx.data.dataset.resultIndicators === 0) {
    putNote(sheet, 4, NO_RESULT_INDICATORS);
    sheet.getColumn(1).width = 30;
    return;
  }
  const r = ctx.data.indicators.results;
  const detail = ctx.data.results;
  let row = 4;
  if (r.indicators === 0) row = putNote(sheet, row, 'No result indicator belongs to the pairings in this scope: every figure below is zero.');
  const figures = writeFigures(sheet, row, 'Results in numbers', [
    { label: 'Result indicators', value: r.indicators, format: 'count' },
    { label: 'On-track share (of indicators with an achievement)', value: r.onTrackShare, format: 'percent' },
    { label: 'Median achievement (%)', value: r.medianAchievement, format: 'points' },
    { label: 'Values due', value: r.completeness.due, format: 'count' },
    { label: 'Values due with an actual reported', value: r.completeness.reported, format: 'count' },
    { label: 'Reporting completeness', value: r.completeness.share, format: 'percent' },
    { label: 'Indicators compared with their previous period', value: r.progress.compared, format: 'count' },
    { label: 'Indicators that improved', value: r.progress.improved, format: 'count' },
    { label: 'Mean change in achievement (percentage points)', value: r.progress.meanChangePoints, format: 'points' },
  ]);
  const count = (level: string, status: string) => detail.byLevelStatus.find((c) => c.level === level && c.status === status)?.indicators ?? 0;
  const levelColumns = [col('Level', 'level', 'text', 14), ...RESULT_STATUSES.map((s) => col(s, s, 'count', 11)), col('All statuses', 'total', 'count', 11)];
  const byLevel = new Map(r.byLevel.map((l) => [l.level, l.indicators]));
  const levels = writeTable(sheet, figures.next, 'Indicators by level and status', levelColumns, [
    ...RESULT_LEVELS.map((level) => ({ level, ...Object.fromEntries(RESULT_STATUSES.map((s) => [s, count(level, s)])), total: byLevel.get(level) ?? 0 })),
    { level: 'All levels', ...Object.fromEntries(RESULT_STATUSES.map((s) => [s, r.byStatus[STATUS_KEYS[s]]])), total: r.indicators },
  ]);
  const groupRows = (groups: readonly AchievementGroup[]) => groups.map((g) => ({ ...g }));
  const themes = writeTable(sheet, levels.next, 'Achievement by theme', groupColumns('Theme'), groupRows(detail.byTheme));
  const regions = writeTable(sheet, themes.next, 'Achievement by region', groupColumns('Region'), groupRows(detail.byRegion));
  const frameworkColumns = [
    col('Framework reference', 'frameworkRef', 'text', 22), col('Unit', 'unit', 'text', 10), col('Indicators', 'indicators', 'count'), col('Pairings', 'pairings', 'count'),
    col('Baseline', 'baseline', 'decimal'), col('Actual to date', 'actual', 'decimal'), col('Target to date', 'target', 'decimal'),
  ];
  const framework = writeTable(sheet, regions.next, 'Results-framework totals', frameworkColumns, r.frameworkTotals);
  const tracking = writeLongTable(sheet, framework.next, 'Indicator tracking table', TRACKING_COLUMNS, ctx.data.tracking, bulk);
  filterTable(sheet, tracking.headerRow, tracking.lastRow, TRACKING_COLUMNS.length);
  colourStatuses(sheet, tracking.headerRow + 1, tracking.lastRow);
  fitColumns(sheet, [TRACKING_COLUMNS, levelColumns, frameworkColumns]);
  // The figure labels are long; the tracking table's first column holds short ids below them.
  sheet.getColumn(1).width = 30;
  placeCharts(workbook, sheet, ctx, ['results-status-by-level', 'results-achievement-by-theme', 'results-achievement-by-region'], TRACKING_COLUMNS.length);
}

export const OUTCOME_COLUMNS: readonly TableColumn[] = [
  col('Outcome', 'outcome_id', 'text', 11), col('Pairing', 'pairing_id', 'text', 11), col('Pairing title', 'pairing_title', 'text', 30),
  col('Member', 'entity_id', 'text', 11), col('Member name', 'entity_name', 'text', 22), col('Date', 'date', 'date'),
  col('Description', 'description', 'text', 48), col('Change type', 'change_type', 'text', 13), col('Actor helix', 'actor_helix', 'text', 13),
  col('Significance', 'significance', 'text', 12), col('Contribution', 'contribution', 'text', 36), col('Evidence', 'evidence', 'text', 36),
  col('Substantiation', 'substantiation', 'text', 14), col('Amount (EUR)', 'amount_eur', 'eur', 14), col('SDG targets', 'sdg_targets', 'text', 14),
  col('Result indicator', 'indicator_id', 'text', 14),
];

export function outcomesSheet(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const sheet = familySheet(workbook, 'Outcomes', ctx);
  if (ctx.data.dataset.outcomes === 0) {
    putNote(sheet, 4, NO_OUTCOMES);
    sheet.getColumn(1).width = 30;
    return;
  }
  const o = ctx.data.indicators.outcomes;
  let row = 4;
  if (o.outcomes === 0) row = putNote(sheet, row, 'No outcome of the pairings in this scope was observed by then: every figure below is zero.');
  const figures = writeFigures(sheet, row, 'Outcomes in numbers', [
    { label: 'Harvested outcomes', value: o.outcomes, format: 'count' },
    { label: 'Pairings with outcomes', value: o.pairingsWithOutcomes, format: 'count' },
    { label: 'Share of pairings with outcomes', value: o.pairingsWithOutcomesShare, format: 'percent' },
    { label: 'Two-way share (every member changed)', value: o.twoWayShare, format: 'percent' },
    { label: 'Mean reciprocity (0 to 1)', value: o.meanReciprocity, format: 'ratio' },
    { label: 'Substantiated share', value: o.substantiatedShare, format: 'percent' },
    { label: 'Disputed outcomes', value: o.disputed, format: 'count' },
    { label: 'Investment mobilised (EUR)', value: o.investmentEur, format: 'eur' },
  ]);
  const typeColumns = [col('Change type', 'type', 'text', 16), col('Outcomes', 'outcomes', 'count'), col('High significance', 'high', 'count')];
  const types = writeTable(sheet, figures.next, 'Outcomes by type and significance', typeColumns, o.byType);
  const helix = writeTable(sheet, types.next, 'Outcomes by actor helix', [col('Actor helix', 'helix', 'text', 16), col('Outcomes', 'outcomes', 'count')], o.byHelix);
  const years = writeTable(sheet, helix.next, 'Outcomes by year', [col('Year', 'year', 'text', 10), col('Outcomes', 'outcomes', 'count')], o.byYear.map((y) => ({ year: String(y.year), outcomes: y.outcomes })));
  const list = writeLongTable(sheet, years.next, 'Outcome list', OUTCOME_COLUMNS, ctx.data.outcomes, bulk);
  filterTable(sheet, list.headerRow, list.lastRow, OUTCOME_COLUMNS.length);
  fitColumns(sheet, [OUTCOME_COLUMNS, typeColumns]);
  sheet.getColumn(1).width = 30;
  placeCharts(workbook, sheet, ctx, ['outcomes-by-type', 'outcomes-by-year', 'outcomes-by-helix'], OUTCOME_COLUMNS.length);
}

export function sdgTargetsSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const sheet = familySheet(workbook, 'SDG targets', ctx);
  const targets = ctx.data.indicators.results.sdgTargets;
  const { resultIndicators, outcomes } = ctx.data.dataset;
  if (resultIndicators === 0 && outcomes === 0) {
    putNote(sheet, 4, "The programme's data has no result indicators or outcomes, so no SDG target is named.");
    sheet.getColumn(1).width = 30;
    return;
  }
  const columns = [
    col('Target', 'target', 'text', 9), col('Goal', 'goal', 'count', 7), col('Title', 'title', 'text', 70),
    col('Result indicators', 'indicators', 'count', 11), col('Outcomes', 'outcomes', 'count', 10), col('Pairings', 'pairings', 'count', 10),
  ];
  const rows = targets.map((t) => ({ ...t, goal: sdgGoalOf(t.target), title: sdgTarget(t.target)?.title ?? 'not in the SDG target list' }));
  let row = 4;
  if (rows.length === 0) row = putNote(sheet, row, 'No result indicator or outcome in this scope names an SDG target.');
  const table = writeTable(sheet, row, 'SDG targets named by result indicators and outcomes', columns, rows);
  filterTable(sheet, table.headerRow, table.lastRow, columns.length);
  fitColumns(sheet, [columns], 70);
  for (let r = table.headerRow + 1; r <= table.lastRow; r++) sheet.getRow(r).getCell(3).alignment = { wrapText: true, vertical: 'top' };
  placeCharts(workbook, sheet, ctx, ['sdg-targets'], columns.length);
}
