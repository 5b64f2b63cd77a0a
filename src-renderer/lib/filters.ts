import { type Filters, LIST_FILTERS } from '../../src-main/shared/indicators.js';

export function isEmptyScope(filters: Filters): boolean {
  return LIST_FILTERS.every((k) => (filters[k] ?? []).length === 0) && !filters.from && !filters.to && !filters.asOf;
}

/** Drops empty lists and dates, so the scope (and the JSON the API sees) stays minimal. */
export function cleanFilters(filters: Filters): Filters {
  const out: Filters = {};
  for (const key of LIST_FILTERS) if ((filters[key] ?? []).length > 0) out[key] = filters[key];
  if (filters.from) out.from = filters.from;
  if (filters.to) out.to = filters.to;
  if (filters.asOf) out.asOf = filters.asOf;
  return out;
}
