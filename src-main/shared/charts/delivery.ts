import { ACTION_PLAN_STATES } from '../domain.js';
import { formatCount, formatPercent, partOf } from '../format.js';
import type { Indicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function actionPlansChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const plans = ind.delivery.actionPlans;
  const indicators = ['delivery.actionPlans', 'delivery.pilotProjects', 'delivery.medianDurationMonths'];
  const base = { id: 'action-plans', family: 'delivery', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: 200 } } as const;
  const counted = ACTION_PLAN_STATES.reduce((s, k) => s + plans[k], 0);
  if (counted === 0) {
    const none = ind.summary.pairings === 0 ? 'No pairings in this scope' : 'No action plan states recorded in this scope';
    return { ...base, title: none, option: emptyOption(mode, none), empty: true };
  }
  const total = ind.summary.pairings;
  const values = ACTION_PLAN_STATES.map((k) => plans[k]);
  return {
    ...base,
    title: `${partOf(plans.adopted, total, 'pairing')} (${formatPercent(total === 0 ? 0 : plans.adopted / total)}) have adopted an action plan; ${formatCount(plans.drafting)} are drafting one`,
    empty: false,
    option: barOption({
      mode,
      categories: ACTION_PLAN_STATES.map((k) => k),
      valueAxisName: 'Pairings',
      series: [{ name: 'Pairings', values, labels: values.map((v) => formatCount(v)) }],
      tooltip: (i) => [['Pairings', partOf(values[i]!, total, 'pairing')]],
    }),
  };
}

export function activitiesByTypeChart(ind: Indicators, mode: ChartMode): ChartDescriptor {
  const rows = ind.delivery.activitiesByType;
  const indicators = ['delivery.activitiesByType'];
  const base = { id: 'activities-by-type', family: 'delivery', indicators, howMeasured: howMeasured(indicators), size: { width: 640, height: Math.max(200, 60 + rows.length * 32) } } as const;
  const top = rows[0];
  if (!top) return { ...base, title: 'No activities recorded in this scope', option: emptyOption(mode, 'No activities in this scope'), empty: true };
  const all = rows.reduce((s, r) => s + r.activities, 0);
  const type = top.type.charAt(0).toUpperCase() + top.type.slice(1);
  return {
    ...base,
    title: `${type} is the most frequent activity (${partOf(top.activities, all, 'activity', 'activities')})`,
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => r.type),
      valueAxisName: 'Activities',
      series: [{ name: 'Activities', values: rows.map((r) => r.activities), labels: rows.map((r) => formatCount(r.activities)) }],
      tooltip: (i) => [
        ['Activities', formatCount(rows[i]!.activities)],
        ['Participants', formatCount(rows[i]!.participants)],
      ],
    }),
  };
}
