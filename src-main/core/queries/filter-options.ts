import type { DuckDBConnection } from '@duckdb/node-api';
import type { FilterOptions } from '../../shared/api-contract.js';
import { LIST_FILTERS } from '../../shared/indicators.js';
import { queryRows, text, textOrNull } from './scope.js';

/** The distinct values of each list filter and the range of pairing start dates. */
export async function filterOptions(connection: DuckDBConnection): Promise<FilterOptions> {
  const options: FilterOptions = { programme: [], component: [], theme: [], region: [], status: [], minStart: null, maxStart: null };
  for (const r of await queryRows(connection, 'filter_options.sql')) {
    const filter = text(r.filter) as (typeof LIST_FILTERS)[number];
    if (LIST_FILTERS.includes(filter)) options[filter].push(text(r.value));
  }
  const [range] = await queryRows(connection, 'start_range.sql');
  options.minStart = textOrNull(range?.min_start);
  options.maxStart = textOrNull(range?.max_start);
  return options;
}
