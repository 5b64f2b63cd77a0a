import type { DuckDBConnection } from '@duckdb/node-api';
import type { ResultLevel } from '../../shared/domain.js';
import type { Filters } from '../../shared/indicators.js';
import type { AchievementGroup, OutcomeRow, ResultStatus, ResultsDetail, ResultsTables, TrackingRow } from '../../shared/results.js';
import { bindFilters } from '../indicators/filters.js';
import { openResultsScope } from '../indicators/results-scope.js';
import { closeScope } from '../indicators/scope.js';
import { inTransaction } from '../store/transaction.js';
import { openOutcomeList, openTrackingRows, outcomeRow, trackingRow } from './result-rows.js';
import { type Row, bindScope, num, numOrNull, queryRows, text } from './scope.js';

/** The Results view's breakdowns over the pairings in scope, as of `filters.asOf`. */
export function resultsDetail(connection: DuckDBConnection, filters: Filters): Promise<ResultsDetail> {
  return inResultsScope(connection, filters, () => resultsDetailOfOpenScope(connection));
}

/** The breakdowns and every tracking row, as the reports write them. */
export function resultsTables(connection: DuckDBConnection, filters: Filters): Promise<ResultsTables> {
  return inResultsScope(connection, filters, async () => ({ ...(await resultsDetailOfOpenScope(connection)), tracking: await trackingRowsOfOpenScope(connection) }));
}

/** Every harvested outcome in scope and on or before `filters.asOf`, by date (the reports' outcome list). */
export function outcomeRows(connection: DuckDBConnection, filters: Filters): Promise<OutcomeRow[]> {
  return inResultsScope(connection, filters, () => outcomeRowsOfOpenScope(connection));
}

/** One snapshot: the scope, its results tables and the reads all see the same dataset. */
export function inResultsScope<T>(connection: DuckDBConnection, filters: Filters, read: () => Promise<T>): Promise<T> {
  return inTransaction(connection, async () => {
    const { asOf } = bindFilters(filters);
    await bindScope(connection, filters);
    await openResultsScope(connection, asOf);
    const result = await read();
    await closeScope(connection);
    return result;
  });
}

const group = (r: Row): AchievementGroup => ({
  group: text(r.group),
  indicators: num(r.indicators),
  medianAchievement: numOrNull(r.median_achievement),
  onTrack: num(r.on_track),
  atRisk: num(r.at_risk),
  offTrack: num(r.off_track),
});

/**
 * The Results view's breakdowns over the temp tables `openResultsScope` has set, as-of
 * included (the reports read them too, after `indicatorsOfOpenScope`).
 */
export async function resultsDetailOfOpenScope(connection: DuckDBConnection): Promise<ResultsDetail> {
  return {
    byLevelStatus: (await queryRows(connection, 'results_level_status.sql')).map((r) => ({
      level: text(r.level) as ResultLevel,
      status: text(r.status) as ResultStatus,
      indicators: num(r.indicators),
    })),
    byTheme: (await queryRows(connection, 'results_by_theme.sql')).map(group),
    byRegion: (await queryRows(connection, 'results_by_region.sql')).map(group),
  };
}

/** Every tracking row, each with its small line, by pairing then indicator id. */
export async function trackingRowsOfOpenScope(connection: DuckDBConnection): Promise<TrackingRow[]> {
  await openTrackingRows(connection);
  return (await queryRows(connection, 'results_tracking.sql')).map(trackingRow);
}

/** The outcome list's rows over the temp tables of `openResultsScope`, by date then id. */
export async function outcomeRowsOfOpenScope(connection: DuckDBConnection): Promise<OutcomeRow[]> {
  await openOutcomeList(connection);
  return (await queryRows(connection, 'outcome_rows.sql')).map(outcomeRow);
}
