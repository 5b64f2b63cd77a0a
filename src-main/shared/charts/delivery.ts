import { ACTION_PLAN_STATES } from '../domain.js';
import type { Translator } from '../i18n/index.js';
import { ENGLISH, countText, ratioText } from './words.js';
import type { DashboardIndicators } from '../indicators.js';
import { howMeasured } from '../methodology.js';
import { barOption } from './shapes.js';
import { emptyOption } from './style.js';
import type { ChartDescriptor, ChartMode } from './types.js';

export function actionPlansChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const plans = ind.delivery.actionPlans;
  const indicators = ['delivery.actionPlans', 'delivery.pilotProjects', 'delivery.medianDurationMonths'];
  const base = { id: 'action-plans', family: 'delivery', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: 200 } } as const;
  const counted = ACTION_PLAN_STATES.reduce((s, k) => s + plans[k], 0);
  if (counted === 0) {
    const none = ind.summary.pairings === 0 ? t.t('chart.noPairings') : t.t('chart.actionPlans.none');
    return { ...base, title: none, option: emptyOption(mode, none), empty: true };
  }
  const total = ind.summary.pairings;
  const values = ACTION_PLAN_STATES.map((k) => plans[k]);
  return {
    ...base,
    title: t.t('chart.actionPlans.title', { part: plans.adopted, whole: total, share: t.percent(total === 0 ? 0 : plans.adopted / total), drafting: plans.drafting }),
    empty: false,
    option: barOption({
      mode,
      categories: ACTION_PLAN_STATES.map((k) => t.label('actionPlan', k)),
      valueAxisName: t.t('chart.pairings'),
      series: [{ name: t.t('chart.pairings'), values, labels: values.map((v) => countText(t, v)) }],
      tooltip: (i) => [[t.t('chart.pairings'), t.t('chart.partPairings', { part: values[i]!, whole: total })]],
    }),
  };
}

export function activitiesByTypeChart(ind: DashboardIndicators, mode: ChartMode, t: Translator = ENGLISH): ChartDescriptor {
  const rows = ind.delivery.activitiesByType;
  const indicators = ['delivery.activitiesByType'];
  const base = { id: 'activities-by-type', family: 'delivery', indicators, howMeasured: howMeasured(indicators, t), size: { width: 640, height: Math.max(200, 60 + rows.length * 32) } } as const;
  const top = rows[0];
  if (!top) return { ...base, title: t.t('chart.activities.none.title'), option: emptyOption(mode, t.t('chart.activities.none')), empty: true };
  const all = rows.reduce((s, r) => s + r.activities, 0);
  const shown = t.label('activity', top.type);
  const type = shown.charAt(0).toUpperCase() + shown.slice(1);
  return {
    ...base,
    title: t.t('chart.activities.title', { type, part: top.activities, whole: all }),
    empty: false,
    option: barOption({
      mode,
      categories: rows.map((r) => t.label('activity', r.type)),
      valueAxisName: t.t('chart.activities'),
      series: [{ name: t.t('chart.activities'), values: rows.map((r) => r.activities), labels: rows.map((r) => countText(t, r.activities)) }],
      tooltip: (i) => [
        [t.t('chart.activities'), countText(t, rows[i]!.activities)],
        [t.t('chart.participants'), countText(t, rows[i]!.participants)],
      ],
    }),
  };
}
