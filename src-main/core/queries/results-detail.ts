import type { DuckDBConnection } from '@duckdb/node-api';
import type { ChangeType, ResultLevel } from '../../shared/domain.js';
import type { Filters } from '../../shared/indicators.js';
import type { AchievementGroup, OutcomeRow, ResultStatus, ResultsDetail, TrackingRow } from '../../shared/results.js';
import { bindFilters } from '../indicators/filters.js';
import { openResultsScope } from '../indicators/results-scope.js';
import { closeScope } from '../indicators/scope.js';
import { inTransaction } from '../store/transaction.js';
import { type Row, bindScope, num, numOrNull, queryRows, text, textOrNull } from './scope.js';

/** The Results view's tables and breakdowns over the pairings in scope, as of `filters.asOf`. */
export function resultsDetail(connection: DuckDBConnection, filters: Filters): Promise<ResultsDetail> {
  return inResultsScope(connection, filters, () => resultsDetailOfOpenScope(connection));
}

/** Every harvested outcome in scope and on or before `filters.asOf` (the outcome explorer). */
export function outcomeRows(connection: DuckDBConnection, filters: Filters): Promise<OutcomeRow[]> {
  return inResultsScope(connection, filters, () => outcomeRowsOfOpenScope(connection));
}

/** One snapshot: the scope, its results tables and the reads all see the same dataset. */
function inResultsScope<T>(connection: DuckDBConnection, filters: Filters, read: () => Promise<T>): Promise<T> {
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

function trackingRow(r: Row): TrackingRow {
  const series = (r.series as Array<{ period_end: unknown; actual: unknown }>).map((p) => ({ period_end: text(p.period_end), actual: numOrNull(p.actual) }));
  return {
    indicator_id: text(r.indicator_id),
    pairing_id: text(r.pairing_id),
    pairing_title: textOrNull(r.pairing_title),
    entity_id: textOrNull(r.entity_id),
    entity_name: textOrNull(r.entity_name),
    level: text(r.level) as ResultLevel,
    title: text(r.title),
    unit: textOrNull(r.unit),
    measure: text(r.measure),
    direction: text(r.direction),
    accumulation: text(r.accumulation),
    baseline: numOrNull(r.baseline),
    target: numOrNull(r.target),
    actual: numOrNull(r.actual),
    achievement: numOrNull(r.achievement),
    status: text(r.status) as ResultStatus,
    framework_ref: textOrNull(r.framework_ref),
    sdg_targets: textOrNull(r.sdg_targets),
    series,
  };
}

/**
 * The Results view's data over the temp tables `openResultsScope` has set, as-of included (the
 * reports read it too, after `indicatorsOfOpenScope`).
 */
export async function resultsDetailOfOpenScope(connection: DuckDBConnection): Promise<ResultsDetail> {
  return {
    tracking: (await queryRows(connection, 'results_tracking.sql')).map(trackingRow),
    byLevelStatus: (await queryRows(connection, 'results_level_status.sql')).map((r) => ({
      level: text(r.level) as ResultLevel,
      status: text(r.status) as ResultStatus,
      indicators: num(r.indicators),
    })),
    byTheme: (await queryRows(connection, 'results_by_theme.sql')).map(group),
    byRegion: (await queryRows(connection, 'results_by_region.sql')).map(group),
  };
}

/** The outcome explorer's rows over the temp tables of `openResultsScope`. */
export async function outcomeRowsOfOpenScope(connection: DuckDBConnection): Promise<OutcomeRow[]> {
  return (await queryRows(connection, 'outcome_rows.sql')).map((r) => ({
    outcome_id: text(r.outcome_id),
    pairing_id: text(r.pairing_id),
    pairing_title: textOrNull(r.pairing_title),
    entity_id: text(r.entity_id),
    entity_name: text(r.entity_name),
    date: text(r.date),
    description: text(r.description),
    change_type: text(r.change_type) as ChangeType,
    actor_helix: textOrNull(r.actor_helix),
    significance: textOrNull(r.significance),
    contribution: textOrNull(r.contribution),
    evidence: textOrNull(r.evidence),
    substantiation: text(r.substantiation),
    amount_eur: numOrNull(r.amount_eur),
    sdg_targets: textOrNull(r.sdg_targets),
    indicator_id: textOrNull(r.indicator_id),
  }));
}
