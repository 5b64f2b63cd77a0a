import { isIsoDate } from '../../shared/dates.js';
import { LIST_FILTERS, type Filters, type Scope } from '../../shared/indicators.js';

export class FilterError extends Error {}

function checkDate(name: string, value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const text = value.trim();
  if (!isIsoDate(text)) {
    throw new FilterError(`--${name} "${value}" is not a date: write it as YYYY-MM-DD, such as 2018-03-01.`);
  }
  return text;
}

/** The filters as bound to scope_pairings.sql: lists lower-cased and trimmed, dates checked. */
export interface BoundFilters {
  lists: Record<(typeof LIST_FILTERS)[number], string[]>;
  from: string | null;
  to: string | null;
  asOf: string | null;
}

export function bindFilters(filters: Filters): BoundFilters {
  const lists = Object.fromEntries(
    LIST_FILTERS.map((name) => [name, (filters[name] ?? []).map((v) => v.trim().toLowerCase()).filter((v) => v !== '')]),
  ) as BoundFilters['lists'];
  return { lists, from: checkDate('from', filters.from), to: checkDate('to', filters.to), asOf: checkDate('as-of', filters.asOf) };
}

/** The `scope` key of the JSON: the filters applied, as the user wrote them, trimmed. */
export function describeScope(filters: Filters): Scope {
  const scope: Scope = { asOf: checkDate('as-of', filters.asOf) };
  for (const name of LIST_FILTERS) {
    const values = (filters[name] ?? []).map((v) => v.trim()).filter((v) => v !== '');
    if (values.length > 0) scope[name] = values;
  }
  for (const name of ['from', 'to'] as const) {
    const value = filters[name]?.trim();
    if (value) scope[name] = [value];
  }
  return scope;
}
