import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../src-main/shared/api-contract.js';
import type { DashboardIndicators, Filters, IndicatorFamilies, IndicatorFamily } from '../../src-main/shared/indicators.js';
import { call } from './client.js';
import type { Load } from './use-api.js';

const has = (value: Partial<IndicatorFamilies>, families: readonly IndicatorFamily[]) => families.every((f) => Object.hasOwn(value, f));

/**
 * The indicators a view draws (`families`) for `filters`: asks `indicators/families` for
 * those the current filters have not fetched yet, so a filter change costs the visible view's
 * statements only, and a switch to another view fetches just what that view adds. Answers
 * for the same filters and dataset `version` are kept and merged; an answer for filters
 * since changed is dropped, so a fast change never shows a stale figure as current. While
 * loading, the last complete value for these families stays on screen (charts update in
 * place); with none, the view shows its loading state.
 *
 * The value is typed as the whole DashboardIndicators but holds only `families` (and the
 * scope): a view reading a family it did not name finds it undefined.
 */
export function useIndicators(filters: Filters, families: readonly IndicatorFamily[], version: number): Load<DashboardIndicators> & { reload: () => void } {
  const key = `${version}:${JSON.stringify(filters)}`;
  const wanted = families.join(',');
  const cache = useRef<{ key: string; value: Partial<IndicatorFamilies> } | null>(null);
  const shown = useRef<Partial<IndicatorFamilies> | undefined>(undefined);
  const [failure, setFailure] = useState<{ key: string; wanted: string; error: ApiError } | null>(null);
  const [, setAnswers] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  if (cache.current?.key !== key) cache.current = { key, value: {} };
  const current = cache.current;

  // `key` stands for `filters` (and the dataset's version): the effect runs when it changes, so
  // `filters` read here is the filters of `entry`.
  useEffect(() => {
    const entry = cache.current!;
    const list = wanted.split(',') as IndicatorFamily[];
    const missing = list.filter((f) => !Object.hasOwn(entry.value, f));
    if (missing.length === 0) return;
    setFailure(null);
    call('indicators/families', { filters, families: missing }).then((result) => {
      // Any answer for the filters still current is kept, even if the view changed meanwhile.
      if (cache.current !== entry) return;
      if (result.ok) {
        entry.value = { ...entry.value, ...result.value };
        setAnswers((n) => n + 1);
      } else setFailure({ key, wanted, error: result.error });
    });
  }, [key, wanted, attempt]);

  // Every answer carries the scope, so a value holding the families holds it too.
  if (has(current.value, families)) {
    shown.current = current.value;
    return { status: 'ready', value: current.value as DashboardIndicators, reload };
  }
  const stale = shown.current !== undefined && has(shown.current, families) ? (shown.current as DashboardIndicators) : undefined;
  if (failure && failure.key === key && failure.wanted === wanted) return stale ? { status: 'error', error: failure.error, value: stale, reload } : { status: 'error', error: failure.error, reload };
  return stale ? { status: 'loading', value: stale, reload } : { status: 'loading', reload };
}
