import type ExcelJS from 'exceljs';
import { STATUS_COLOURS, STATUS_TEXT } from '../../shared/charts/results.js';
import { sdgGoalOf, sdgTargetTitle } from '../../shared/charts/outcomes.js';
import { RESULT_LEVELS } from '../../shared/domain.js';
import { type Translator, translator } from '../../shared/i18n/index.js';
import { RESULT_STATUSES, STATUS_KEYS, type AchievementGroup } from '../../shared/results.js';
import type { BulkSheet } from './bulk-sheets.js';
import { col, familySheet, filterTable, placeCharts, putNote, writeFigures } from './family-sheet.js';
import { type ReportContext, type Words, words } from './report-context.js';
import { type TableColumn, fitColumns, writeLongTable, writeTable } from './sheet-table.js';

/** What a sheet says when the programme's data has none of it (not merely none in scope). */
export const noResultIndicators = (t: Translator = translator('en')) => t.t('report.noResultIndicators');
export const noOutcomes = (t: Translator = translator('en')) => t.t('report.noOutcomes');
export const NO_RESULT_INDICATORS = noResultIndicators();
export const NO_OUTCOMES = noOutcomes();

/** The tracking table's columns, headed in a language. */
export const trackingColumns = (w: Words): readonly TableColumn[] => [
  col(w('term.indicator'), 'indicator_id', 'text', 11),
  col(w('term.pairing'), 'pairing_id', 'text', 11),
  col(w('term.member'), 'member', 'text', 22),
  col(w('term.level'), 'level', 'text', 10),
  col(w('term.title'), 'title', 'text', 44),
  col(w('term.unit'), 'unit', 'text', 10),
  col(w('term.baseline'), 'baseline', 'decimal'),
  col(w('term.targetToDate'), 'target', 'decimal'),
  col(w('term.actualToDate'), 'actual', 'decimal'),
  col(w('term.achievement'), 'achievement', 'points', 14),
  col(w('term.status'), 'status', 'text', 19),
  col(w('term.direction'), 'direction', 'text', 10),
  col(w('term.accumulation'), 'accumulation', 'text', 13),
  col(w('term.framework'), 'framework_ref', 'text', 14),
  col(w('term.sdgTargets'), 'sdg_targets', 'text', 14),
];
export const TRACKING_COLUMNS = trackingColumns(words({ t: translator('en') }));
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

const groupColumns = (w: Words, label: string) => [
  col(label, 'group', 'text', 30),
  col(w('term.indicatorsWithAnAchievement'), 'indicators', 'count', 14),
  col(w('term.medianAchievement'), 'medianAchievement', 'points', 14),
  col(w('term.onTrack'), 'onTrack', 'count'),
  col(w('term.atRisk'), 'atRisk', 'count'),
  col(w('term.offTrack'), 'offTrack', 'count'),
];

export function resultsSheet(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const w = words(ctx);
  const sheet = familySheet(workbook, w('sheet.results'), ctx);
  if (ctx.data.dataset.resultIndicators === 0) {
    putNote(sheet, 4, noResultIndicators(ctx.t));
    sheet.getColumn(1).width = 30;
    return;
  }
  const r = ctx.data.indicators.results;
  const detail = ctx.data.results;
  let row = 4;
  if (r.indicators === 0) row = putNote(sheet, row, w('report.pdf.noIndicatorsInScope'));
  const figures = writeFigures(sheet, row, w('term.resultsInNumbers'), [
    { label: w('term.resultIndicators'), value: r.indicators, format: 'count' },
    { label: w('term.onTrackShareOfIndicatorsWithAnAchievement'), value: r.onTrackShare, format: 'percent' },
    { label: w('term.medianAchievement'), value: r.medianAchievement, format: 'points' },
    { label: w('term.valuesDue'), value: r.completeness.due, format: 'count' },
    { label: w('term.valuesDueWithAnActualReported'), value: r.completeness.reported, format: 'count' },
    { label: w('term.reportingCompleteness'), value: r.completeness.share, format: 'percent' },
    { label: w('term.indicatorsComparedWithTheirPreviousPeriod'), value: r.progress.compared, format: 'count' },
    { label: w('term.indicatorsThatImproved'), value: r.progress.improved, format: 'count' },
    { label: w('term.meanChangeInAchievementPercentagePoints'), value: r.progress.meanChangePoints, format: 'points' },
  ], ctx);
  const count = (level: string, status: string) => detail.byLevelStatus.find((c) => c.level === level && c.status === status)?.indicators ?? 0;
  const levelColumns = [col(w('term.level'), 'level', 'text', 14), ...RESULT_STATUSES.map((s) => col(ctx.t.label('resultStatus', s), s, 'count', 11)), col(w('term.allStatuses'), 'total', 'count', 11)];
  const byLevel = new Map(r.byLevel.map((l) => [l.level, l.indicators]));
  const levels = writeTable(sheet, figures.next, w('term.indicatorsByLevelAndStatus'), levelColumns, [
    ...RESULT_LEVELS.map((level) => ({ level: ctx.t.label('level', level), ...Object.fromEntries(RESULT_STATUSES.map((s) => [s, count(level, s)])), total: byLevel.get(level) ?? 0 })),
    { level: w('term.allLevels'), ...Object.fromEntries(RESULT_STATUSES.map((s) => [s, r.byStatus[STATUS_KEYS[s]]])), total: r.indicators },
  ]);
  const groupRows = (groups: readonly AchievementGroup[], name: (group: string) => string) => groups.map((g) => ({ ...g, group: name(g.group) }));
  const themes = writeTable(sheet, levels.next, w('term.achievementByTheme'), groupColumns(w, w('term.theme')), groupRows(detail.byTheme, (g) => ctx.t.label('theme', g)));
  const regions = writeTable(sheet, themes.next, w('term.achievementByRegion'), groupColumns(w, w('term.region')), groupRows(detail.byRegion, (g) => ctx.t.label('region', g)));
  const frameworkColumns = [
    col(w('term.frameworkReference'), 'frameworkRef', 'text', 22), col(w('term.unit'), 'unit', 'text', 10), col(w('term.indicators'), 'indicators', 'count'), col(w('term.pairings'), 'pairings', 'count'),
    col(w('term.baseline'), 'baseline', 'decimal'), col(w('term.actualToDate'), 'actual', 'decimal'), col(w('term.targetToDate'), 'target', 'decimal'),
  ];
  const framework = writeTable(sheet, regions.next, w('term.resultsFrameworkTotals'), frameworkColumns, r.frameworkTotals);
  const trackingCols = trackingColumns(w);
  const tracking = writeLongTable(sheet, framework.next, w('term.indicatorTrackingTable'), trackingCols, ctx.data.tracking, bulk);
  filterTable(sheet, tracking.headerRow, tracking.lastRow, trackingCols.length);
  colourStatuses(sheet, tracking.headerRow + 1, tracking.lastRow);
  fitColumns(sheet, [trackingCols, levelColumns, frameworkColumns]);
  // The figure labels are long; the tracking table's first column holds short ids below them.
  sheet.getColumn(1).width = 30;
  placeCharts(workbook, sheet, ctx, ['results-status-by-level', 'results-achievement-by-theme', 'results-achievement-by-region'], trackingCols.length);
}

/** The outcome list's columns, headed in a language. */
export const outcomeColumns = (w: Words): readonly TableColumn[] => [
  col(w('term.outcome'), 'outcome_id', 'text', 11), col(w('term.pairing'), 'pairing_id', 'text', 11), col(w('term.pairingTitle'), 'pairing_title', 'text', 30),
  col(w('term.member'), 'entity_id', 'text', 11), col(w('term.memberName'), 'entity_name', 'text', 22), col(w('term.date'), 'date', 'date'),
  col(w('term.description'), 'description', 'text', 48), col(w('term.changeType'), 'change_type', 'text', 13), col(w('term.actorHelix'), 'actor_helix', 'text', 13),
  col(w('term.significance'), 'significance', 'text', 12), col(w('term.contribution'), 'contribution', 'text', 36), col(w('term.evidence'), 'evidence', 'text', 36),
  col(w('term.substantiation'), 'substantiation', 'text', 14), col(w('term.amountEUR'), 'amount_eur', 'eur', 14), col(w('term.sdgTargets'), 'sdg_targets', 'text', 14),
  col(w('term.resultIndicator'), 'indicator_id', 'text', 14),
];

export function outcomesSheet(workbook: ExcelJS.Workbook, ctx: ReportContext, bulk: BulkSheet[]): void {
  const w = words(ctx);
  const sheet = familySheet(workbook, w('sheet.outcomes'), ctx);
  if (ctx.data.dataset.outcomes === 0) {
    putNote(sheet, 4, noOutcomes(ctx.t));
    sheet.getColumn(1).width = 30;
    return;
  }
  const o = ctx.data.indicators.outcomes;
  let row = 4;
  if (o.outcomes === 0) row = putNote(sheet, row, w('report.pdf.noOutcomesInScope'));
  const figures = writeFigures(sheet, row, w('term.outcomesInNumbers'), [
    { label: w('term.harvestedOutcomes'), value: o.outcomes, format: 'count' },
    { label: w('term.pairingsWithOutcomes'), value: o.pairingsWithOutcomes, format: 'count' },
    { label: w('term.shareOfPairingsWithOutcomes'), value: o.pairingsWithOutcomesShare, format: 'percent' },
    { label: w('term.twoWayShareEveryMemberChanged'), value: o.twoWayShare, format: 'percent' },
    { label: w('term.meanReciprocity0To1'), value: o.meanReciprocity, format: 'ratio' },
    { label: w('term.substantiatedShare'), value: o.substantiatedShare, format: 'percent' },
    { label: w('term.disputedOutcomes'), value: o.disputed, format: 'count' },
    { label: w('term.investmentMobilisedEUR'), value: o.investmentEur, format: 'eur' },
  ], ctx);
  const typeColumns = [col(w('term.changeType'), 'type', 'text', 16), col(w('term.outcomes'), 'outcomes', 'count'), col(w('term.highSignificance'), 'high', 'count')];
  const types = writeTable(sheet, figures.next, w('term.outcomesByTypeAndSignificance'), typeColumns, o.byType.map((t) => ({ ...t, type: ctx.t.label('changeType', t.type) })));
  const helix = writeTable(sheet, types.next, w('term.outcomesByActorHelix'), [col(w('term.actorHelix'), 'helix', 'text', 16), col(w('term.outcomes'), 'outcomes', 'count')], o.byHelix.map((h) => ({ ...h, helix: ctx.t.label('helix', h.helix) })));
  const years = writeTable(sheet, helix.next, w('term.outcomesByYear'), [col(w('term.year'), 'year', 'text', 10), col(w('term.outcomes'), 'outcomes', 'count')], o.byYear.map((y) => ({ year: String(y.year), outcomes: y.outcomes })));
  const outcomeCols = outcomeColumns(w);
  const list = writeLongTable(sheet, years.next, w('term.outcomeList'), outcomeCols, ctx.data.outcomes, bulk);
  filterTable(sheet, list.headerRow, list.lastRow, outcomeCols.length);
  fitColumns(sheet, [outcomeCols, typeColumns]);
  sheet.getColumn(1).width = 30;
  placeCharts(workbook, sheet, ctx, ['outcomes-by-type', 'outcomes-by-year', 'outcomes-by-helix'], outcomeCols.length);
}

export function sdgTargetsSheet(workbook: ExcelJS.Workbook, ctx: ReportContext): void {
  const w = words(ctx);
  const sheet = familySheet(workbook, w('sheet.sdgTargets'), ctx);
  const targets = ctx.data.indicators.results.sdgTargets;
  const { resultIndicators, outcomes } = ctx.data.dataset;
  if (resultIndicators === 0 && outcomes === 0) {
    putNote(sheet, 4, w('report.sdg.noData'));
    sheet.getColumn(1).width = 30;
    return;
  }
  const columns = [
    col(w('term.target'), 'target', 'text', 9), col(w('term.goal'), 'goal', 'count', 7), col(w('term.title'), 'title', 'text', 70),
    col(w('term.resultIndicators'), 'indicators', 'count', 11), col(w('term.outcomes'), 'outcomes', 'count', 10), col(w('term.pairings'), 'pairings', 'count', 10),
  ];
  const rows = targets.map((t) => ({ ...t, goal: sdgGoalOf(t.target), title: sdgTargetTitle(t.target, ctx.t) ?? w('report.notInSdgList') }));
  let row = 4;
  if (rows.length === 0) row = putNote(sheet, row, w('report.sdg.none'));
  const table = writeTable(sheet, row, w('term.sdgTargetsNamedByResultIndicatorsAndOutcomes'), columns, rows);
  filterTable(sheet, table.headerRow, table.lastRow, columns.length);
  fitColumns(sheet, [columns], 70);
  for (let r = table.headerRow + 1; r <= table.lastRow; r++) sheet.getRow(r).getCell(3).alignment = { wrapText: true, vertical: 'top' };
  placeCharts(workbook, sheet, ctx, ['sdg-targets'], columns.length);
}
