import { formatCount, formatPercent, partOf, plural } from '../format.js';
import type { DashboardIndicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { SDG_TARGETS, type SdgTarget } from '../sdg-targets.js';
import { barOption, columnOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode, OutcomesChartId } from './types.js';

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

function descriptor(id: OutcomesChartId, indicators: string[], height: number) {
  return { id, family: 'outcomes', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height } } as const;
}

const NO_OUTCOMES = 'No outcomes harvested in this scope';

/** Outcomes per change type, the high-significance ones first in each bar. */
export function outcomesByTypeChart(ind: DashboardIndicators, mode: ChartMode): ChartDescriptor {
  const o = ind.outcomes;
  const rows = o.byType;
  const base = descriptor('outcomes-by-type', ['outcomes.byType', 'outcomes.outcomes'], Math.max(220, 90 + rows.length * 32));
  if (o.outcomes === 0) return { ...base, title: NO_OUTCOMES, option: emptyOption(mode, NO_OUTCOMES), empty: true };
  const top = [...rows].sort((a, b) => b.outcomes - a.outcomes || (a.type < b.type ? -1 : 1))[0]!;
  const high = rows.reduce((s, r) => s + r.high, 0);
  const widest = Math.max(...rows.map((r) => r.outcomes));
  const inside = (v: number) => (v > 0 && (v / widest) * 420 >= formatCount(v).length * 7 + 6 ? formatCount(v) : '');
  return {
    ...base,
    title: `${capital(top.type)} changes are the most frequent outcome (${partOf(top.outcomes, o.outcomes, 'outcome')}); ${formatCount(high)} are of high significance`,
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => r.type),
      categoryLabel: capital,
      valueAxisName: 'Outcomes',
      series: [
        { name: 'High significance', stack: 'outcomes', color: '#0072B2', labelColor: '#ffffff', values: rows.map((r) => r.high), labels: rows.map((r) => inside(r.high)) },
        { name: 'Medium, low or not rated', stack: 'outcomes', color: '#9ecae1', values: rows.map((r) => r.outcomes - r.high), labels: rows.map((r) => inside(r.outcomes - r.high)) },
      ],
      tooltip: (i) => [
        ['Outcomes', partOf(rows[i]!.outcomes, o.outcomes, 'outcome')],
        ['High significance', formatCount(rows[i]!.high)],
      ],
    }),
  };
}

/** Outcomes per year observed, every year between the first and the last drawn (a year without any shows 0). */
export function outcomesByYearChart(ind: DashboardIndicators, mode: ChartMode): ChartDescriptor {
  const o = ind.outcomes;
  const base = descriptor('outcomes-by-year', ['outcomes.byYear'], 240);
  if (o.byYear.length === 0) return { ...base, title: NO_OUTCOMES, option: emptyOption(mode, NO_OUTCOMES), empty: true };
  const first = o.byYear[0]!.year;
  const last = o.byYear[o.byYear.length - 1]!.year;
  const counts = new Map(o.byYear.map((y) => [y.year, y.outcomes]));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const values = years.map((y) => counts.get(y) ?? 0);
  const total = values.reduce((s, v) => s + v, 0);
  const peak = [...o.byYear].sort((a, b) => b.outcomes - a.outcomes || b.year - a.year)[0]!;
  const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
  return {
    ...base,
    title:
      first === last
        ? `All ${plural(total, 'outcome')} were observed in ${first}`
        : `${plural(total, 'outcome')} observed ${span}, most in ${peak.year} (${formatCount(peak.outcomes)})`,
    empty: false,
    option: columnOption({
      mode,
      categories: years.map(String),
      values,
      valueAxisName: 'Outcomes',
      labels: values.map((v) => (v > 0 ? formatCount(v) : '')),
      tooltip: (i) => [['Outcomes', partOf(values[i]!, total, 'outcome')]],
    }),
  };
}

/** Outcomes by the helix of the actor who changed. */
export function outcomesByHelixChart(ind: DashboardIndicators, mode: ChartMode): ChartDescriptor {
  const o = ind.outcomes;
  const rows = o.byHelix;
  const base = descriptor('outcomes-by-helix', ['outcomes.byHelix'], 220);
  const rated = rows.reduce((s, r) => s + r.outcomes, 0);
  if (rated === 0) {
    const none = o.outcomes === 0 ? NO_OUTCOMES : 'No outcome in this scope names the helix of its actor';
    return { ...base, title: none, option: emptyOption(mode, none), empty: true };
  }
  const top = [...rows].sort((a, b) => b.outcomes - a.outcomes || (a.helix < b.helix ? -1 : 1))[0]!;
  return {
    ...base,
    title: `${capital(top.helix)} actors changed most often (${partOf(top.outcomes, rated, 'outcome')} naming an actor helix)`,
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => r.helix),
      categoryLabel: capital,
      valueAxisName: 'Outcomes',
      series: [{ name: 'Outcomes', values: rows.map((r) => r.outcomes), labels: rows.map((r) => `${formatCount(r.outcomes)} (${formatPercent(r.outcomes / rated)})`) }],
      tooltip: (i) => [
        ['Outcomes', partOf(rows[i]!.outcomes, rated, 'outcome')],
        ['Outcomes without an actor helix', formatCount(o.outcomes - rated)],
      ],
    }),
  };
}

/** SDG targets by the pairings naming them (through a result indicator or an outcome), in the goals' colours. */
export function sdgTargetsChart(ind: DashboardIndicators, mode: ChartMode): ChartDescriptor {
  const all = ind.results.sdgTargets;
  const rows = all.slice(0, SDG_CHART_LIMIT);
  const base = descriptor('sdg-targets', ['results.sdgTargets'], Math.max(220, 90 + rows.length * 30));
  if (rows.length === 0) {
    const none = 'No result indicator or outcome in this scope names an SDG target';
    return { ...base, title: none, option: emptyOption(mode, none), empty: true };
  }
  const top = rows[0]!;
  const goals = new Set(all.map((r) => sdgGoalOf(r.target)));
  const shown = all.length > rows.length ? ` (chart: the ${rows.length} named most)` : '';
  return {
    ...base,
    title: `Target ${top.target} is named by the most pairings (${partOf(top.pairings, ind.summary.pairings, 'pairing')}); ${plural(all.length, 'target')} of ${plural(goals.size, 'goal')} in all${shown}`,
    empty: false,
    option: (() => {
      const option = barOption({
        mode,
        categories: rows.map((r) => r.target),
        categoryLabel: (code) => `${code} ${sdgTarget(code)?.title ?? ''}`.trim(),
        categoryChars: 40,
        valueAxisName: 'Pairings naming the target',
        series: [{ name: 'Pairings', values: rows.map((r) => r.pairings), colors: rows.map((r) => sdgGoalColour(sdgGoalOf(r.target))), labels: rows.map((r) => formatCount(r.pairings)) }],
        tooltip: (i) => {
          const r = rows[i]!;
          return [
            [`Goal ${sdgGoalOf(r.target)}`, sdgTarget(r.target)?.title ?? 'not in the SDG target list'],
            ['Pairings', formatCount(r.pairings)],
            ['Result indicators', formatCount(r.indicators)],
            ['Outcomes', formatCount(r.outcomes)],
          ];
        },
      });
      // Target titles run to 400 characters: the tooltip wraps them instead of running off the screen.
      return { ...option, tooltip: { ...(option.tooltip as object), extraCssText: 'max-width: 420px; white-space: normal;' } };
    })(),
  };
}

/** Every Outcomes chart, in report order. */
export function buildOutcomeCharts(ind: DashboardIndicators, mode: ChartMode = 'screen'): ChartDescriptor[] {
  return [outcomesByTypeChart(ind, mode), outcomesByYearChart(ind, mode), outcomesByHelixChart(ind, mode), sdgTargetsChart(ind, mode)];
}
