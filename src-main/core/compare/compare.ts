import type { DuckDBConnection } from '@duckdb/node-api';
import { type ComparedGroup, type Comparison, type Grouping, groupFilters } from '../../shared/compare.js';
import type { Filters } from '../../shared/indicators.js';
import { bindFilters } from '../indicators/filters.js';
import { indicatorsOfOpenScope } from '../indicators/compute.js';
import { closeScope, openScope } from '../indicators/scope.js';
import { sqlFile } from '../store/sql-file.js';
import { inTransaction } from '../store/transaction.js';

export interface CompareOptions {
  /** Only these values of the grouping (matched trimmed, ignoring case); all when absent or empty. */
  values?: readonly string[];
}

/** The values of a grouping in the dataset, as first written (group_values.sql). */
export async function groupValues(connection: DuckDBConnection, by: Grouping): Promise<string[]> {
  const reader = await connection.runAndReadAll(sqlFile(import.meta.url, 'group_values.sql'), { grouping: by });
  return reader.getRowObjectsJS().map((r) => String(r.value));
}

/**
 * indicators.md section 7: the indicators once per value of the grouping within the filters,
 * each group's equal to computeIndicators with that value added (groupFilters). In one
 * snapshot, so the groups of one comparison always read the same dataset. Groups with no
 * pairings are left out and named in `leftOut`.
 */
export function compareGroups(connection: DuckDBConnection, by: Grouping, filters: Filters = {}, options: CompareOptions = {}): Promise<Comparison> {
  // A bad date fails before any group is computed.
  bindFilters(filters);
  return inTransaction(connection, async () => {
    const wanted = new Set((options.values ?? []).map((v) => v.trim().toLowerCase()).filter((v) => v !== ''));
    const values = (await groupValues(connection, by)).filter((v) => wanted.size === 0 || wanted.has(v.toLowerCase()));
    const groups: ComparedGroup[] = [];
    const leftOut: string[] = [];
    for (const value of values) {
      const scoped = groupFilters(filters, by, value);
      if (scoped === null) {
        leftOut.push(value);
        continue;
      }
      await openScope(connection, scoped);
      const indicators = await indicatorsOfOpenScope(connection, scoped);
      await closeScope(connection);
      if (indicators.summary.pairings === 0) leftOut.push(value);
      else groups.push({ value, indicators });
    }
    groups.sort((a, b) => b.indicators.summary.pairings - a.indicators.summary.pairings || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return { by, groups, leftOut };
  });
}

/** The sentence that says which values were left out, or null. */
export function leftOutWarning(comparison: Comparison): string | null {
  const n = comparison.leftOut.length;
  if (n === 0) return null;
  const names = comparison.leftOut.slice(0, 10).join(', ') + (n > 10 ? `, and ${n - 10} more` : '');
  return `${n} ${comparison.by} value(s) with no pairings within the filters left out of the comparison: ${names}.`;
}
