import type { DuckDBConnection } from '@duckdb/node-api';
import type { ChangeType, Helix, ResultLevel } from '../../shared/domain.js';
import type { Outcomes, Results } from '../../shared/results.js';
import { sqlFile } from '../store/sql-file.js';
import { asOfParams } from './results-scope.js';

type Row = Record<string, unknown>;

async function rows(connection: DuckDBConnection, name: string, asOf?: string | null): Promise<Row[]> {
  const sql = sqlFile(import.meta.url, `${name}.sql`);
  if (asOf === undefined) return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
  const { values, types } = asOfParams(asOf);
  return (await connection.runAndReadAll(sql, values, types)).getRowObjectsJS() as Row[];
}

const num = (v: unknown) => Number(v ?? 0);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => String(v);

/** `results` (results.md section 4) over the temp tables of `openResultsScope`. */
export async function resultsOfOpenScope(connection: DuckDBConnection, asOf: string | null): Promise<Results> {
  const [s] = await rows(connection, 'results_summary', asOf);
  return {
    indicators: num(s!.indicators),
    byLevel: (await rows(connection, 'results_by_level')).map((r) => ({ level: str(r.level) as ResultLevel, indicators: num(r.indicators) })),
    byStatus: {
      onTrack: num(s!.on_track),
      atRisk: num(s!.at_risk),
      offTrack: num(s!.off_track),
      noActual: num(s!.no_actual),
      noTarget: num(s!.no_target),
      noBaseline: num(s!.no_baseline),
      noChangeTargeted: num(s!.no_change_targeted),
      qualitative: num(s!.qualitative),
    },
    onTrackShare: num(s!.on_track_share),
    medianAchievement: numOrNull(s!.median_achievement),
    completeness: { due: num(s!.due), reported: num(s!.reported), share: num(s!.completeness_share) },
    progress: { compared: num(s!.compared), improved: num(s!.improved), meanChangePoints: numOrNull(s!.mean_change_points) },
    frameworkTotals: (await rows(connection, 'results_framework_totals')).map((r) => ({
      frameworkRef: str(r.framework_ref),
      unit: str(r.unit),
      indicators: num(r.indicators),
      pairings: num(r.pairings),
      baseline: num(r.baseline),
      actual: num(r.actual),
      target: num(r.target),
    })),
    sdgTargets: (await rows(connection, 'results_sdg_targets')).map((r) => ({
      target: str(r.target),
      indicators: num(r.indicators),
      outcomes: num(r.outcomes),
      pairings: num(r.pairings),
    })),
  };
}

/** `outcomes` (results.md section 5) over the temp tables of `openResultsScope`. */
export async function outcomesOfOpenScope(connection: DuckDBConnection): Promise<Outcomes> {
  const [s] = await rows(connection, 'outcomes_summary');
  return {
    outcomes: num(s!.outcomes),
    pairingsWithOutcomes: num(s!.pairings_with_outcomes),
    pairingsWithOutcomesShare: num(s!.pairings_with_outcomes_share),
    byType: (await rows(connection, 'outcomes_by_type')).map((r) => ({ type: str(r.type) as ChangeType, outcomes: num(r.outcomes), high: num(r.high) })),
    byHelix: (await rows(connection, 'outcomes_by_helix')).map((r) => ({ helix: str(r.helix) as Helix, outcomes: num(r.outcomes) })),
    twoWayShare: num(s!.two_way_share),
    meanReciprocity: numOrNull(s!.mean_reciprocity),
    substantiatedShare: num(s!.substantiated_share),
    disputed: num(s!.disputed),
    investmentEur: num(s!.investment_eur),
    byYear: (await rows(connection, 'outcomes_by_year')).map((r) => ({ year: num(r.year), outcomes: num(r.outcomes) })),
  };
}
