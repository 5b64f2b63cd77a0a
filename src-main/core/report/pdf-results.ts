import { STATUS_COLOURS, STATUS_TEXT } from '../../shared/charts/results.js';
import { sdgTargetTitle } from '../../shared/charts/outcomes.js';
import type { ChartId } from '../../shared/charts/types.js';
import { RESULT_LEVELS } from '../../shared/domain.js';
import type { ReportKey } from '../../shared/i18n/index.js';
import { asOfRule, howMeasured } from '../../shared/methodology.js';
import { RESULT_STATUSES, STATUS_KEYS, type AchievementGroup, type TrackingRow } from '../../shared/results.js';
import { COLOURS, type PdfLayout } from './pdf-layout.js';
import type { ReportContext } from './report-context.js';
import { PDF_TRACKING_ROWS } from './report-data.js';
import { noOutcomes, noResultIndicators } from './results-sheets.js';

/** What the sections of pdf-report.ts share with these. */
export interface SectionKit {
  layout: PdfLayout;
  ctx: ReportContext;
  /** Chart title, chart, what `afterChart` draws, then the chart's "How this is measured". */
  chartSection: (id: ChartId, afterChart: () => void) => void;
  /** The height a chart section needs on its first page, to keep a heading with it. */
  chartStart: (id: ChartId) => number;
  truncated: (shown: number, total: number, what: string) => void;
  /** Long lists stop here. */
  listLimit: number;
}

/** The tracking annex stops here, like the pairings annex; the workbook's Results sheet has every row. */
/** Rows of the tracking annex: the report data reads as many ahead. */
export const TRACKING_ANNEX_LIMIT = PDF_TRACKING_ROWS;

/** A row of report_tracking.sql. */
type ReportTrackingRow = Omit<TrackingRow, 'series'> & { member: string };


/** "Staff trained (people)"; a title that already names its unit ("Share (%)") keeps its own. */
const withUnit = (title: string, unit: string | null) => (unit && !title.includes(`(${unit})`) ? `${title} (${unit})` : title);

/** The words and figures of the report's language, for the sections below. */
function wordsOf(ctx: ReportContext) {
  const { t, f } = ctx;
  const w = (key: ReportKey, values?: Record<string, string | number>) => t.t(key, values);
  const orNa = (value: number | null, format: (v: number) => string) => (value === null ? w('headline.na') : format(value));
  const amount = (value: number | null) => (value === null ? '' : f.amount(value));
  const figureColumns = [{ header: w('term.figure'), width: 0.7 }, { header: w('term.value'), width: 0.3, align: 'right' as const }];
  return { t, f, w, orNa, amount, figureColumns };
}

function groupTable(layout: PdfLayout, ctx: ReportContext, label: string, groups: readonly AchievementGroup[], name: (group: string) => string): void {
  if (groups.length === 0) return;
  const { f, w, orNa } = wordsOf(ctx);
  layout.table(
    [
      { header: label, width: 0.4 }, { header: w('term.indicatorsWithAnAchievement'), width: 0.16, align: 'right' }, { header: w('headline.label.medianAchievement'), width: 0.14, align: 'right' },
      { header: ctx.t.label('resultStatus', 'on track'), width: 0.1, align: 'right' }, { header: ctx.t.label('resultStatus', 'at risk'), width: 0.1, align: 'right' }, { header: ctx.t.label('resultStatus', 'off track'), width: 0.1, align: 'right' },
    ],
    groups.map((g) => [name(g.group), f.count(g.indicators), orNa(g.medianAchievement, f.points), f.count(g.onTrack), f.count(g.atRisk), f.count(g.offTrack)]),
  );
}

/** Section "Results": status by level, achievement by theme and region, results-framework totals. */
export function resultsSection({ layout, ctx, chartSection }: SectionKit): void {
  const { t, f, w, orNa, amount, figureColumns } = wordsOf(ctx);
  if (ctx.data.dataset.resultIndicators === 0) {
    layout.text(noResultIndicators(t));
    return;
  }
  const r = ctx.data.indicators.results;
  const detail = ctx.data.results;
  if (r.indicators === 0) layout.text(w('report.pdf.noIndicatorsInScope'), { bold: true, colour: '#b42318' });
  layout.table(figureColumns, [
    [w('methodology.results.indicators.label'), f.count(r.indicators)],
    [w('report.pdf.onTrackShare'), f.percent(r.onTrackShare)],
    [w('headline.label.medianAchievement'), orNa(r.medianAchievement, f.points)],
    [w('report.pdf.completeness'), w('report.pdf.completenessValue', { share: f.percent(r.completeness.share), reported: r.completeness.reported, due: r.completeness.due })],
    [w('report.pdf.improved'), w('report.pdf.improvedValue', { improved: r.progress.improved, compared: r.progress.compared })],
    [w('report.pdf.meanChange'), orNa(r.progress.meanChangePoints, (v) => w('headline.progress.display', { change: f.signed(v) }))],
  ]);

  const count = (level: string, status: string) => detail.byLevelStatus.find((c) => c.level === level && c.status === status)?.indicators ?? 0;
  const byLevel = new Map(r.byLevel.map((l) => [l.level, l.indicators]));
  chartSection('results-status-by-level', () =>
    // Statuses down, levels across: eight status columns would not fit a portrait page.
    layout.table(
      [{ header: w('term.status'), width: 0.36 }, ...RESULT_LEVELS.map((l) => ({ header: t.label('level', l), width: 0.16, align: 'right' as const })), { header: w('term.allLevels'), width: 0.16, align: 'right' }],
      [
        ...RESULT_STATUSES.map((s) => [t.label('resultStatus', s), ...RESULT_LEVELS.map((l) => f.count(count(l, s))), f.count(r.byStatus[STATUS_KEYS[s]])]),
        [w('term.allStatuses'), ...RESULT_LEVELS.map((l) => f.count(byLevel.get(l) ?? 0)), f.count(r.indicators)],
      ],
      { style: (row, column) => (column === 0 && row < RESULT_STATUSES.length ? { fill: STATUS_COLOURS[RESULT_STATUSES[row]!], colour: STATUS_TEXT[RESULT_STATUSES[row]!] } : undefined) },
    ),
  );
  chartSection('results-achievement-by-theme', () => groupTable(layout, ctx, w('term.theme'), detail.byTheme, (g) => t.label('theme', g)));
  chartSection('results-achievement-by-region', () => groupTable(layout, ctx, w('term.region'), detail.byRegion, (g) => t.label('region', g)));

  layout.heading(w('methodology.results.frameworkTotals.label'), 2);
  if (r.frameworkTotals.length === 0) layout.text(w('report.pdf.noFramework'));
  else
    layout.table(
      [
        { header: w('term.frameworkReference'), width: 0.23 }, { header: w('term.unit'), width: 0.13 }, { header: w('term.indicators'), width: 0.13, align: 'right' }, { header: w('term.pairings'), width: 0.1, align: 'right' },
        { header: w('term.baseline'), width: 0.13, align: 'right' }, { header: w('term.actualToDate'), width: 0.14, align: 'right' }, { header: w('term.targetToDate'), width: 0.14, align: 'right' },
      ],
      r.frameworkTotals.map((ft) => [ft.frameworkRef, ft.unit, f.count(ft.indicators), f.count(ft.pairings), amount(ft.baseline), amount(ft.actual), amount(ft.target)]),
    );
  layout.note(
    w('report.howMeasured'),
    // Achievement and status are explained under the charts above.
    `${howMeasured(['results.indicators', 'results.completeness', 'results.progress', 'results.frameworkTotals'], t)} ${ctx.data.indicators.scope.asOf ? asOfRule(t) : ''}`.trim(),
  );
  layout.text(w('report.pdf.seeAnnexD'), { size: 9, colour: COLOURS.muted });
}

/** Section "Outcomes": by type and significance, by year, by actor helix, two-way learning, SDG targets. */
export function outcomesSection({ layout, ctx, chartSection, chartStart, truncated, listLimit }: SectionKit): void {
  const { dataset } = ctx.data;
  const ind = ctx.data.indicators;
  const { t, f, w, orNa, amount, figureColumns } = wordsOf(ctx);
  const o = ind.outcomes;
  if (dataset.outcomes === 0) layout.text(noOutcomes(t));
  else {
    if (o.outcomes === 0) layout.text(w('report.pdf.noOutcomesInScope'), { bold: true, colour: '#b42318' });
    layout.table(figureColumns, [
      [w('methodology.outcomes.outcomes.label'), f.count(o.outcomes)],
      [w('methodology.outcomes.pairingsWithOutcomes.label'), w('report.pdf.pairingsWithOutcomesValue', { pairings: o.pairingsWithOutcomes, share: f.percent(o.pairingsWithOutcomesShare) })],
      [w('report.pdf.twoWayShare'), f.percent(o.twoWayShare)],
      [w('report.pdf.meanReciprocity'), orNa(o.meanReciprocity, f.ratio)],
      [w('methodology.outcomes.substantiatedShare.label'), f.percent(o.substantiatedShare)],
      [w('methodology.outcomes.disputed.label'), f.count(o.disputed)],
      [w('report.pdf.investment'), `EUR ${amount(o.investmentEur)}`],
    ]);
    chartSection('outcomes-by-type', () =>
      layout.table(
        [{ header: w('term.changeType'), width: 0.5 }, { header: w('term.outcomes'), width: 0.25, align: 'right' }, { header: w('term.highSignificance'), width: 0.25, align: 'right' }],
        o.byType.map((ty) => [t.label('changeType', ty.type), f.count(ty.outcomes), f.count(ty.high)]),
      ),
    );
    chartSection('outcomes-by-year', () => {
      if (o.byYear.length > 0)
        layout.table([{ header: w('term.year'), width: 0.5 }, { header: w('term.outcomes'), width: 0.5, align: 'right' }], o.byYear.map((y) => [String(y.year), f.count(y.outcomes)]));
    });
    chartSection('outcomes-by-helix', () =>
      layout.table([{ header: w('term.actorHelix'), width: 0.5 }, { header: w('term.outcomes'), width: 0.5, align: 'right' }], o.byHelix.map((h) => [t.label('helix', h.helix), f.count(h.outcomes)])),
    );
    layout.note(
      w('report.howMeasured'),
      `${howMeasured(['outcomes.outcomes', 'outcomes.pairingsWithOutcomesShare', 'outcomes.twoWayShare', 'outcomes.meanReciprocity', 'outcomes.substantiatedShare', 'outcomes.investmentEur'], t)} ${ind.scope.asOf ? asOfRule(t) : ''}`.trim(),
    );
  }

  if (dataset.outcomes === 0 && dataset.resultIndicators === 0) return;
  // Kept with its chart: alone at a page's foot it would read as an empty section.
  layout.heading(w('methodology.results.sdgTargets.label'), 2, chartStart('sdg-targets'));
  const targets = ind.results.sdgTargets;
  chartSection('sdg-targets', () => {
    if (targets.length === 0) return;
    const shown = targets.slice(0, listLimit);
    layout.table(
      [
        // The counts' columns fit their longest header in one word ("Hermanamientos"): a narrower one breaks it.
        { header: w('term.target'), width: 0.09 }, { header: w('term.title'), width: 0.51 }, { header: w('methodology.results.indicators.label'), width: 0.12, align: 'right' },
        { header: w('term.outcomes'), width: 0.11, align: 'right' }, { header: w('term.pairings'), width: 0.17, align: 'right' },
      ],
      shown.map((st) => [st.target, sdgTargetTitle(st.target, t) ?? w('report.notInSdgList'), f.count(st.indicators), f.count(st.outcomes), f.count(st.pairings)]),
    );
    truncated(shown.length, targets.length, w('report.pdf.what.sdgTargets'));
  });
}

/** Annex D: the indicator tracking table, status labels in their colours. */
export function trackingAnnex({ layout, ctx }: SectionKit): void {
  const { t, f, w, amount } = wordsOf(ctx);
  if (ctx.data.dataset.resultIndicators === 0) {
    layout.text(noResultIndicators(t));
    return;
  }
  const rows = ctx.data.tracking;
  if (rows.count === 0) {
    layout.text(w('report.pdf.noIndicatorsInScopeShort'));
    return;
  }
  const asOf = ctx.data.indicators.scope.asOf;
  layout.text(asOf ? w('report.pdf.trackingIntroAsOf', { date: f.day(asOf) }) : w('report.pdf.trackingIntro'), { size: 9 });
  const shown = rows.head.slice(0, TRACKING_ANNEX_LIMIT) as unknown as ReportTrackingRow[];
  const statusColumn = 8;
  layout.table(
    [
      { header: w('term.pairing'), width: 0.08 }, { header: w('term.member'), width: 0.125 }, { header: w('term.level'), width: 0.085 }, { header: w('term.indicator'), width: 0.235 },
      { header: w('term.baseline'), width: 0.09, align: 'right' }, { header: w('term.target'), width: 0.08, align: 'right' }, { header: w('term.actual'), width: 0.08, align: 'right' },
      { header: w('term.achieved'), width: 0.1, align: 'right' }, { header: w('term.status'), width: 0.125 },
    ],
    shown.map((tr) => [
      tr.pairing_id,
      // The SQL names an indicator of the pairing as a whole in English (the workbook's coded list keeps it).
      tr.entity_id === null ? w('report.wholePairing') : tr.member,
      t.label('level', tr.level),
      withUnit(tr.title, tr.unit),
      amount(tr.baseline),
      amount(tr.target),
      amount(tr.actual),
      tr.achievement === null ? '' : f.points(tr.achievement),
      t.label('resultStatus', tr.status),
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
    layout.text(w('report.pdf.trackingTruncated', { shown: shown.length, total: rows.count }), { size: 8.5, colour: COLOURS.muted });
}
