import { issueText } from '../../../shared/issues.js';
import { problem } from './problem.js';
import { INDICATOR_MEASURE, RESULT_TYPE } from './codes.js';
import type { IatiIndicator, IatiOutcome, IatiPairing, IatiValue } from './iati-data.js';
import type { IatiProblem, IatiResult, ResultPeriod, ResultValue } from './model.js';
import { decimalText } from './numbers.js';

const year = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);
const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

/**
 * One IATI result per result indicator (docs/iati.md, "result"). A numeric measure writes a
 * target or actual only with a value (rules 8.9.1, 8.10.1): a period's comment then rides on
 * its actual, else on its target; with neither it is dropped, and a warning says so. A
 * qualitative measure writes no value (8.8.3, 8.9.3, 8.10.3), only its comments.
 */
export function indicatorResult(pairing: IatiPairing, indicator: IatiIndicator, values: readonly IatiValue[], label: string, problems: IatiProblem[]): IatiResult {
  const measure = INDICATOR_MEASURE[indicator.measure] ?? '1';
  const qualitative = measure === '5';
  const unit = (indicator.unit ?? '').trim();
  // "CO2 avoided (tCO2e/year)" already names its unit: not twice.
  const title = unit === '' || indicator.title.includes(`(${unit})`) ? indicator.title.trim() : `${indicator.title.trim()} (${unit})`;
  const periods: ResultPeriod[] = values.map((v) => {
    const comment = blank(v.comment) ? null : v.comment!.trim();
    if (qualitative) return { start: v.period_start, end: v.period_end, targets: [], actuals: comment === null ? [] : [{ value: null, comment }] };
    const target: ResultValue | null = v.target === null ? null : { value: decimalText(v.target), comment: null };
    const actual: ResultValue | null = v.actual === null ? null : { value: decimalText(v.actual), comment };
    if (comment !== null && actual === null) {
      if (target) target.comment = comment;
      else problems.push(problem('warning', '8.10.1', label, issueText('issue.iati.commentDropped', { label, indicator: indicator.indicator_id, start: v.period_start, end: v.period_end })));
    }
    return { start: v.period_start, end: v.period_end, targets: target ? [target] : [], actuals: actual ? [actual] : [] };
  });
  const baselineYear = year(indicator.baseline_date) ?? year(pairing.start_date) ?? year(values[0]?.period_start ?? null);
  const baseline = !qualitative && indicator.baseline !== null && baselineYear !== null ? { year: baselineYear, isoDate: indicator.baseline_date, value: decimalText(indicator.baseline) } : null;
  return {
    type: RESULT_TYPE[indicator.level] ?? '1',
    aggregationStatus: indicator.accumulation === 'incremental',
    title,
    indicator: {
      measure,
      ascending: qualitative ? null : indicator.direction !== 'decrease',
      title,
      reference: blank(indicator.framework_ref) ? null : indicator.framework_ref!.trim(),
      baseline,
      periods,
    },
  };
}

/**
 * The pairing's harvested outcomes as one qualitative outcome result: one period per calendar
 * year, one actual per outcome, its comment the outcome's description, change type and
 * substantiation.
 */
export function outcomesResult(outcomes: readonly IatiOutcome[]): IatiResult | null {
  if (outcomes.length === 0) return null;
  const byYear = new Map<string, IatiOutcome[]>();
  for (const o of outcomes) {
    const y = o.date.slice(0, 4);
    const list = byYear.get(y);
    if (list) list.push(o);
    else byYear.set(y, [o]);
  }
  const periods: ResultPeriod[] = [...byYear.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([y, list]) => ({
      start: `${y}-01-01`,
      end: `${y}-12-31`,
      targets: [],
      actuals: list.map((o) => ({ value: null, comment: `${o.date}: ${o.description.trim()} (change in ${o.change_type}; ${o.substantiation})` })),
    }));
  return {
    type: '2',
    aggregationStatus: null,
    title: 'Harvested outcomes',
    indicator: { measure: '5', ascending: null, title: 'Harvested outcomes', reference: null, baseline: null, periods },
  };
}
