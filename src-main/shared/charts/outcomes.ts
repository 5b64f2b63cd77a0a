import type { Translator } from '../i18n/index.js';
import type { DashboardIndicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { SDG_TARGETS, type SdgTarget } from '../sdg-targets.js';
import { barOption, columnOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode, OutcomesChartId } from './types.js';
import { ENGLISH, countText } from './words.js';

/** The official colours of the 17 Sustainable Development Goals (UN SDG communications guidelines), goal 1 first. */
export const SDG_GOAL_COLOURS: readonly string[] = [
  '#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
  '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A',
];

// Made on first use: a module-level Map would keep the 169 targets in every bundle importing the charts' index.
let byCode: Map<string, SdgTarget> | null = null;

/** An SDG target of sdg-targets.csv by its code ("11.3"), or undefined for a code it lacks. */
export function sdgTarget(code: string): SdgTarget | undefined {
  byCode ??= new Map(SDG_TARGETS.map((t) => [t.target, t]));
  return byCode.get(code);
}

/**
 * A target's title in the translator's language (French from the spec's list, Spanish from
 * ours, docs/sdg-targets.es.csv), or undefined for a code the list lacks.
 */
export function sdgTargetTitle(code: string, t: Translator): string | undefined {
  const target = sdgTarget(code);
  if (!target) return undefined;
  return t.language === 'fr' ? target.titleFr : t.language === 'es' ? target.titleEs : target.title;
}

/** The goal of a target code: from the codelist, else the code's part before the dot. */
export function sdgGoalOf(code: string): number {
  return sdgTarget(code)?.goal ?? Number.parseInt(code, 10);
}

export function sdgGoalColour(goal: number): string {
  return SDG_GOAL_COLOURS[goal - 1] ?? '#999999';
}

/** The SDG chart lists at most this many targets; the tables list them all. */
export const SDG_CHART_LIMIT = 15;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function descriptor(id: OutcomesChartId, indicators: string[], height: number, t: Translator) {
  return { id, family: 'outcomes', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height } } as const;
}

/** Outcomes per change type, the high-significance ones first in each bar. */
export function outcomesByTypeChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const o = ind.outcomes;
  const rows = o.byType;
  const none = t.t('chart.outcomes.none');
  const type = (value: string) => capital(t.label('changeType', value));
  const base = descriptor('outcomes-by-type', ['outcomes.byType', 'outcomes.outcomes'], Math.max(220, 90 + rows.length * 32), t);
  if (o.outcomes === 0) return { ...base, title: none, option: emptyOption(mode, none), empty: true };
  const top = [...rows].sort((a, b) => b.outcomes - a.outcomes || (a.type < b.type ? -1 : 1))[0]!;
  const high = rows.reduce((s, r) => s + r.high, 0);
  const widest = Math.max(...rows.map((r) => r.outcomes));
  const inside = (v: number) => (v > 0 && (v / widest) * 420 >= countText(t, v).length * 7 + 6 ? countText(t, v) : '');
  return {
    ...base,
    title: t.t('chart.outcomes.type.title', { type: type(top.type), part: top.outcomes, whole: o.outcomes, high }),
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => r.type),
      categoryLabel: type,
      valueAxisName: t.t('view.outcomes'),
      series: [
        { name: t.t('chart.outcomes.high'), stack: 'outcomes', color: '#0072B2', labelColor: '#ffffff', values: rows.map((r) => r.high), labels: rows.map((r) => inside(r.high)) },
        { name: t.t('chart.outcomes.notHigh'), stack: 'outcomes', color: '#9ecae1', values: rows.map((r) => r.outcomes - r.high), labels: rows.map((r) => inside(r.outcomes - r.high)) },
      ],
      tooltip: (i) => [
        [t.t('view.outcomes'), t.t('chart.outcomes.part', { part: rows[i]!.outcomes, whole: o.outcomes })],
        [t.t('chart.outcomes.high'), countText(t, rows[i]!.high)],
      ],
    }),
  };
}

/** Outcomes per year observed, every year between the first and the last drawn (a year without any shows 0). */
export function outcomesByYearChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const o = ind.outcomes;
  const none = t.t('chart.outcomes.none');
  const base = descriptor('outcomes-by-year', ['outcomes.byYear'], 240, t);
  if (o.byYear.length === 0) return { ...base, title: none, option: emptyOption(mode, none), empty: true };
  const first = o.byYear[0]!.year;
  const last = o.byYear[o.byYear.length - 1]!.year;
  const counts = new Map(o.byYear.map((y) => [y.year, y.outcomes]));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const values = years.map((y) => counts.get(y) ?? 0);
  const total = values.reduce((s, v) => s + v, 0);
  const peak = [...o.byYear].sort((a, b) => b.outcomes - a.outcomes || b.year - a.year)[0]!;
  return {
    ...base,
    title:
      first === last
        ? t.t('chart.outcomes.year.one', { count: total, year: String(first) })
        : t.t('chart.outcomes.year.many', { count: total, first: String(first), last: String(last), peak: String(peak.year), peakCount: peak.outcomes }),
    empty: false,
    option: columnOption({
      mode,
      categories: years.map(String),
      values,
      valueAxisName: t.t('view.outcomes'),
      labels: values.map((v) => (v > 0 ? countText(t, v) : '')),
      tooltip: (i) => [[t.t('view.outcomes'), t.t('chart.outcomes.part', { part: values[i]!, whole: total })]],
    }),
  };
}

/** Outcomes by the helix of the actor who changed. */
export function outcomesByHelixChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const o = ind.outcomes;
  const rows = o.byHelix;
  const helix = (value: string) => capital(t.label('helix', value));
  const base = descriptor('outcomes-by-helix', ['outcomes.byHelix'], 220, t);
  const rated = rows.reduce((s, r) => s + r.outcomes, 0);
  if (rated === 0) {
    const none = o.outcomes === 0 ? t.t('chart.outcomes.none') : t.t('chart.outcomes.helix.none');
    return { ...base, title: none, option: emptyOption(mode, none), empty: true };
  }
  const top = [...rows].sort((a, b) => b.outcomes - a.outcomes || (a.helix < b.helix ? -1 : 1))[0]!;
  return {
    ...base,
    title: t.t('chart.outcomes.helix.title', { helix: helix(top.helix), part: top.outcomes, whole: rated }),
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => r.helix),
      categoryLabel: helix,
      valueAxisName: t.t('view.outcomes'),
      series: [{ name: t.t('view.outcomes'), values: rows.map((r) => r.outcomes), labels: rows.map((r) => `${countText(t, r.outcomes)} (${t.percent(r.outcomes / rated)})`) }],
      tooltip: (i) => [
        [t.t('view.outcomes'), t.t('chart.outcomes.part', { part: rows[i]!.outcomes, whole: rated })],
        [t.t('chart.outcomes.noHelix'), countText(t, o.outcomes - rated)],
      ],
    }),
  };
}

/** SDG targets by the pairings naming them (through a result indicator or an outcome), in the goals' colours. */
export function sdgTargetsChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const all = ind.results.sdgTargets;
  const rows = all.slice(0, SDG_CHART_LIMIT);
  const base = descriptor('sdg-targets', ['results.sdgTargets'], Math.max(220, 90 + rows.length * 30), t);
  if (rows.length === 0) {
    const none = t.t('chart.sdg.none');
    return { ...base, title: none, option: emptyOption(mode, none), empty: true };
  }
  const top = rows[0]!;
  const goals = new Set(all.map((r) => sdgGoalOf(r.target)));
  const shown = all.length > rows.length ? t.t('chart.sdg.shown', { count: rows.length }) : '';
  return {
    ...base,
    title: t.t('chart.sdg.title', { target: top.target, part: top.pairings, whole: ind.summary.pairings, targets: all.length, goals: goals.size }) + shown,
    empty: false,
    option: (() => {
      const option = barOption({
        mode,
        categories: rows.map((r) => r.target),
        categoryLabel: (code) => `${code} ${sdgTargetTitle(code, t) ?? ''}`.trim(),
        categoryChars: 40,
        valueAxisName: t.t('chart.sdg.axis'),
        series: [{ name: t.t('chart.pairings'), values: rows.map((r) => r.pairings), colors: rows.map((r) => sdgGoalColour(sdgGoalOf(r.target))), labels: rows.map((r) => countText(t, r.pairings)) }],
        tooltip: (i) => {
          const r = rows[i]!;
          return [
            [t.t('outcomes.goal', { goal: sdgGoalOf(r.target) }), sdgTargetTitle(r.target, t) ?? t.t('chart.sdg.unknown')],
            [t.t('chart.pairings'), countText(t, r.pairings)],
            [t.t('chart.results.axis'), countText(t, r.indicators)],
            [t.t('view.outcomes'), countText(t, r.outcomes)],
          ];
        },
      });
      // Target titles run to 400 characters: the tooltip wraps them instead of running off the screen.
      return { ...option, tooltip: { ...(option.tooltip as object), extraCssText: 'max-width: 420px; white-space: normal;' } };
    })(),
  };
}

/** Every Outcomes chart, in report order. */
export function buildOutcomeCharts(ind: DashboardIndicators, mode: ChartMode = 'screen', t: Translator = ENGLISH): ChartDescriptor[] {
  return [outcomesByTypeChart(ind, mode, t), outcomesByYearChart(ind, mode, t), outcomesByHelixChart(ind, mode, t), sdgTargetsChart(ind, mode, t)];
}
