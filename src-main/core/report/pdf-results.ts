import { STATUS_COLOURS, STATUS_TEXT, formatAchievement } from '../../shared/charts/results.js';
import { sdgTarget } from '../../shared/charts/outcomes.js';
import type { ChartId } from '../../shared/charts/types.js';
import { RESULT_LEVELS } from '../../shared/domain.js';
import { formatCount, formatPercent, formatRatio } from '../../shared/format.js';
import { AS_OF_RULE, howMeasured } from '../../shared/methodology.js';
import { RESULT_STATUSES, STATUS_KEYS, type AchievementGroup, type TrackingRow } from '../../shared/results.js';
import { COLOURS, type PdfLayout } from './pdf-layout.js';
import type { ReportContext } from './report-context.js';
import { PDF_TRACKING_ROWS } from './report-data.js';
import { NO_OUTCOMES, NO_RESULT_INDICATORS } from './results-sheets.js';

/** What the sections of pdf-report.ts share with these. */
export interface SectionKit {
  layout: PdfLayout;
  ctx: ReportContext;
  /** Chart title, chart, what `afterChart` draws, then the chart's "How this is measured". */
  chartSection: (id: ChartId, afterChart: () => void) => void;
  truncated: (shown: number, total: number, what: string) => void;
  /** Long lists stop here. */
  listLimit: number;
}

/** The tracking annex stops here, like the pairings annex; the workbook's Results sheet has every row. */
/** Rows of the tracking annex: the report data reads as many ahead. */
export const TRACKING_ANNEX_LIMIT = PDF_TRACKING_ROWS;

/** A row of report_tracking.sql. */
type ReportTrackingRow = Omit<TrackingRow, 'series'> & { member: string };

const amount = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const formatAmount = (value: number | null) => (value === null ? '' : amount.format(value));
const orNa = (value: number | null, format: (v: number) => string) => (value === null ? 'n/a' : format(value));

/** "Staff trained (people)"; a title that already names its unit ("Share (%)") keeps its own. */
const withUnit = (title: string, unit: string | null) => (unit && !title.includes(`(${unit})`) ? `${title} (${unit})` : title);

const figureColumns = [{ header: 'Figure', width: 0.7 }, { header: 'Value', width: 0.3, align: 'right' as const }];

function groupTable(layout: PdfLayout, label: string, groups: readonly AchievementGroup[]): void {
  if (groups.length === 0) return;
  layout.table(
    [
      { header: label, width: 0.4 }, { header: 'Indicators with an achievement', width: 0.16, align: 'right' }, { header: 'Median achievement', width: 0.14, align: 'right' },
      { header: 'On track', width: 0.1, align: 'right' }, { header: 'At risk', width: 0.1, align: 'right' }, { header: 'Off track', width: 0.1, align: 'right' },
    ],
    groups.map((g) => [g.group, formatCount(g.indicators), orNa(g.medianAchievement, formatAchievement), formatCount(g.onTrack), formatCount(g.atRisk), formatCount(g.offTrack)]),
  );
}

/** Section "Results": status by level, achievement by theme and region, results-framework totals. */
export function resultsSection({ layout, ctx, chartSection }: SectionKit): void {
  if (ctx.data.dataset.resultIndicators === 0) {
    layout.text(NO_RESULT_INDICATORS);
    return;
  }
  const r = ctx.data.indicators.results;
  const detail = ctx.data.results;
  if (r.indicators === 0) layout.text('No result indicator belongs to the pairings in this scope, so every figure below is zero.', { bold: true, colour: '#b42318' });
  layout.table(figureColumns, [
    ['Result indicators', formatCount(r.indicators)],
    ['On-track share (of the indicators with an achievement)', formatPercent(r.onTrackShare)],
    ['Median achievement', orNa(r.medianAchievement, formatAchievement)],
    ['Reporting completeness (values due with an actual)', `${formatPercent(r.completeness.share)} (${formatCount(r.completeness.reported)} of ${formatCount(r.completeness.due)})`],
    ['Indicators improved since their previous period', `${formatCount(r.progress.improved)} of ${formatCount(r.progress.compared)} compared`],
    ['Mean change in achievement', orNa(r.progress.meanChangePoints, (v) => `${v > 0 ? '+' : ''}${v.toFixed(1)} points`)],
  ]);

  const count = (level: string, status: string) => detail.byLevelStatus.find((c) => c.level === level && c.status === status)?.indicators ?? 0;
  const byLevel = new Map(r.byLevel.map((l) => [l.level, l.indicators]));
  chartSection('results-status-by-level', () =>
    // Statuses down, levels across: eight status columns would not fit a portrait page.
    layout.table(
      [{ header: 'Status', width: 0.36 }, ...RESULT_LEVELS.map((l) => ({ header: l, width: 0.16, align: 'right' as const })), { header: 'All levels', width: 0.16, align: 'right' }],
      [
        ...RESULT_STATUSES.map((s) => [s, ...RESULT_LEVELS.map((l) => formatCount(count(l, s))), formatCount(r.byStatus[STATUS_KEYS[s]])]),
        ['All statuses', ...RESULT_LEVELS.map((l) => formatCount(byLevel.get(l) ?? 0)), formatCount(r.indicators)],
      ],
      { style: (row, column) => (column === 0 && row < RESULT_STATUSES.length ? { fill: STATUS_COLOURS[RESULT_STATUSES[row]!], colour: STATUS_TEXT[RESULT_STATUSES[row]!] } : undefined) },
    ),
  );
  chartSection('results-achievement-by-theme', () => groupTable(layout, 'Theme', detail.byTheme));
  chartSection('results-achievement-by-region', () => groupTable(layout, 'Region', detail.byRegion));

  layout.heading('Results-framework totals', 2);
  if (r.frameworkTotals.length === 0) layout.text('No quantitative indicator in scope reports to a results framework (framework_ref).');
  else
    layout.table(
      [
        { header: 'Framework reference', width: 0.23 }, { header: 'Unit', width: 0.13 }, { header: 'Indicators', width: 0.13, align: 'right' }, { header: 'Pairings', width: 0.1, align: 'right' },
        { header: 'Baseline', width: 0.13, align: 'right' }, { header: 'Actual to date', width: 0.14, align: 'right' }, { header: 'Target to date', width: 0.14, align: 'right' },
      ],
      r.frameworkTotals.map((f) => [f.frameworkRef, f.unit, formatCount(f.indicators), formatCount(f.pairings), formatAmount(f.baseline), formatAmount(f.actual), formatAmount(f.target)]),
    );
  layout.note(
    'How this is measured',
    // Achievement and status are explained under the charts above.
    `${howMeasured(['results.indicators', 'results.completeness', 'results.progress', 'results.frameworkTotals'])} ${ctx.data.indicators.scope.asOf ? AS_OF_RULE : ''}`.trim(),
  );
  layout.text('Every indicator with its baseline, target, actual, achievement and status: Annex D.', { size: 9, colour: COLOURS.muted });
}

/** Section "Outcomes": by type and significance, by year, by actor helix, two-way learning, SDG targets. */
export function outcomesSection({ layout, ctx, chartSection, truncated, listLimit }: SectionKit): void {
  const { dataset } = ctx.data;
  const ind = ctx.data.indicators;
  const o = ind.outcomes;
  if (dataset.outcomes === 0) layout.text(NO_OUTCOMES);
  else {
    if (o.outcomes === 0) layout.text('No outcome of the pairings in this scope was observed by then, so every figure below is zero.', { bold: true, colour: '#b42318' });
    layout.table(figureColumns, [
      ['Harvested outcomes', formatCount(o.outcomes)],
      ['Pairings with outcomes', `${formatCount(o.pairingsWithOutcomes)} (${formatPercent(o.pairingsWithOutcomesShare)} of pairings)`],
      ['Two-way share (pairings where every member changed)', formatPercent(o.twoWayShare)],
      ['Mean reciprocity (0 to 1)', orNa(o.meanReciprocity, formatRatio)],
      ['Substantiated share', formatPercent(o.substantiatedShare)],
      ['Disputed outcomes', formatCount(o.disputed)],
      ['Investment committed or mobilised', `EUR ${formatAmount(o.investmentEur)}`],
    ]);
    chartSection('outcomes-by-type', () =>
      layout.table(
        [{ header: 'Change type', width: 0.5 }, { header: 'Outcomes', width: 0.25, align: 'right' }, { header: 'High significance', width: 0.25, align: 'right' }],
        o.byType.map((t) => [t.type, formatCount(t.outcomes), formatCount(t.high)]),
      ),
    );
    chartSection('outcomes-by-year', () => {
      if (o.byYear.length > 0)
        layout.table([{ header: 'Year', width: 0.5 }, { header: 'Outcomes', width: 0.5, align: 'right' }], o.byYear.map((y) => [String(y.year), formatCount(y.outcomes)]));
    });
    chartSection('outcomes-by-helix', () =>
      layout.table([{ header: 'Actor helix', width: 0.5 }, { header: 'Outcomes', width: 0.5, align: 'right' }], o.byHelix.map((h) => [h.helix, formatCount(h.outcomes)])),
    );
    layout.note(
      'How this is measured',
      `${howMeasured(['outcomes.outcomes', 'outcomes.pairingsWithOutcomesShare', 'outcomes.twoWayShare', 'outcomes.meanReciprocity', 'outcomes.substantiatedShare', 'outcomes.investmentEur'])} ${ind.scope.asOf ? AS_OF_RULE : ''}`.trim(),
    );
  }

  if (dataset.outcomes === 0 && dataset.resultIndicators === 0) return;
  layout.heading('SDG targets', 2);
  const targets = ind.results.sdgTargets;
  chartSection('sdg-targets', () => {
    if (targets.length === 0) return;
    const shown = targets.slice(0, listLimit);
    layout.table(
      [
        { header: 'Target', width: 0.09 }, { header: 'Title', width: 0.56 }, { header: 'Result indicators', width: 0.12, align: 'right' },
        { header: 'Outcomes', width: 0.12, align: 'right' }, { header: 'Pairings', width: 0.11, align: 'right' },
      ],
      shown.map((t) => [t.target, sdgTarget(t.target)?.title ?? 'not in the SDG target list', formatCount(t.indicators), formatCount(t.outcomes), formatCount(t.pairings)]),
    );
    truncated(shown.length, targets.length, 'SDG targets');
  });
}

/** Annex D: the indicator tracking table, status labels in their colours. */
export function trackingAnnex({ layout, ctx }: SectionKit): void {
  if (ctx.data.dataset.resultIndicators === 0) {
    layout.text(NO_RESULT_INDICATORS);
    return;
  }
  const rows = ctx.data.tracking;
  if (rows.count === 0) {
    layout.text('No result indicator belongs to the pairings in this scope.');
    return;
  }
  const asOf = ctx.data.indicators.scope.asOf;
  layout.text(
    `Target and actual are to date${asOf ? ` (as of ${asOf})` : ''}: for an incremental indicator the sums over the periods up to its latest actual, for a level one that period's values. ` +
      'Achievement is the share of the targeted change achieved (results.md section 3).',
    { size: 9 },
  );
  const shown = rows.head.slice(0, TRACKING_ANNEX_LIMIT) as unknown as ReportTrackingRow[];
  const statusColumn = 8;
  layout.table(
    [
      { header: 'Pairing', width: 0.08 }, { header: 'Member', width: 0.125 }, { header: 'Level', width: 0.085 }, { header: 'Indicator', width: 0.235 },
      { header: 'Baseline', width: 0.09, align: 'right' }, { header: 'Target', width: 0.08, align: 'right' }, { header: 'Actual', width: 0.08, align: 'right' },
      { header: 'Achieved', width: 0.1, align: 'right' }, { header: 'Status', width: 0.125 },
    ],
    shown.map((t) => [
      t.pairing_id,
      t.member,
      t.level,
      withUnit(t.title, t.unit),
      formatAmount(t.baseline),
      formatAmount(t.target),
      formatAmount(t.actual),
      t.achievement === null ? '' : formatAchievement(t.achievement),
      t.status,
    ]),
    {
      size: 7.5,
      style: (row, column) => {
        if (column !== statusColumn) return undefined;
        const status = shown[row]!.status;
        return { fill: STATUS_COLOURS[status], colour: STATUS_TEXT[status] };
      },
    },
  );
  if (rows.count > shown.length)
    layout.text(`The first ${formatCount(shown.length)} of ${formatCount(rows.count)} indicators are listed; the workbook's Results sheet lists them all.`, { size: 8.5, colour: COLOURS.muted });
}
