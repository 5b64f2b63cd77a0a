import type { Filters, Indicators } from './indicators.js';

/** What `compare --by` groups by (indicators.md section 7). */
export const GROUPINGS = ['programme', 'component', 'region', 'theme', 'status', 'start-year'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const isGrouping = (value: string): value is Grouping => (GROUPINGS as readonly string[]).includes(value);

export interface ComparedGroup {
  /** The grouping's value as first written in the data (a year for start-year). */
  value: string;
  /** Equal to `indicators` with this value added to the filters. */
  indicators: Indicators;
}

/** The JSON of `compare --json` (`by`, `groups`), with what was left out and why. */
export interface Comparison {
  by: Grouping;
  /** Sorted by summary.pairings descending, then value. */
  groups: ComparedGroup[];
  /** Values of the grouping with no pairings within the filters: left out of `groups`. */
  leftOut: string[];
}

const iso = (year: string, end: boolean) => `${year}-${end ? '12-31' : '01-01'}`;

/**
 * The filters of one group: the scope's filters with the group's value added. A filter the
 * scope already has on the grouping's own key chooses among the groups (a pairing is then in
 * the group when it matches the value); so that key's filter becomes the value alone, and a
 * start year narrows any --from/--to to that year. Null when the value lies outside the
 * scope's own filter on the key, so the group would be empty by construction.
 */
export function groupFilters(filters: Filters, by: Grouping, value: string): Filters | null {
  const key = (v: string) => v.trim().toLowerCase();
  if (by === 'start-year') {
    const from = [filters.from?.trim(), iso(value, false)].filter((d): d is string => Boolean(d)).sort().at(-1)!;
    const to = [filters.to?.trim(), iso(value, true)].filter((d): d is string => Boolean(d)).sort()[0]!;
    return from > to ? null : { ...filters, from, to };
  }
  const own = (filters[by] ?? []).map(key).filter((v) => v !== '');
  if (own.length > 0 && !own.includes(key(value))) return null;
  return { ...filters, [by]: [value] };
}
