import type { DuckDBConnection } from '@duckdb/node-api';
import type { ChangeType, ResultLevel } from '../../shared/domain.js';
import type { OutcomeRow, ResultStatus, TrackingRow } from '../../shared/results.js';
import { sqlFile } from '../store/sql-file.js';
import { type Row, numOrNull, text, textOrNull } from './scope.js';

/**
 * The tracking table's and the outcome list's rows: the temp views they are read from (over
 * the tables `openResultsScope` has set) and their shape in JS. The Results view pages
 * through them, the reports and a pairing card read them whole.
 */

/** Defines the view `tracking_rows` (tracking_rows.sql). */
export async function openTrackingRows(connection: DuckDBConnection): Promise<void> {
  await connection.run(sqlFile(import.meta.url, 'search_number.sql'));
  await connection.run(sqlFile(import.meta.url, 'tracking_rows.sql'));
}

/** Defines the view `outcome_list` (outcome_list.sql). */
export async function openOutcomeList(connection: DuckDBConnection): Promise<void> {
  await connection.run(sqlFile(import.meta.url, 'search_number.sql'));
  await connection.run(sqlFile(import.meta.url, 'outcome_list.sql'));
}

export function trackingRow(r: Row): TrackingRow {
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

export function outcomeRow(r: Row): OutcomeRow {
  return {
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
  };
}
