import type { DuckDBConnection } from '@duckdb/node-api';
import { CHANGE_TYPES, HELIX_VALUES, RESULT_LEVELS } from '../../shared/domain.js';
import type { Outcomes, Results } from '../../shared/results.js';
import { type Row, num, numOrNull, rows, str } from './sql-rows.js';


/**
 * An "always listed" list from one summary row's counts (the column of a label is the label
 * with spaces as underscores), sorted by count descending, then label in byte order: counted
 * in the one pass over the scope that counts everything else.
 */
function ranked<L extends string>(labels: readonly L[], row: Row): Array<{ label: L; count: number }> {
  return labels
    .map((label) => ({ label, count: num(row[label.replaceAll(' ', '_')]) }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** `results` (results.md section 4) over the views of `openResultsScope`. */
export async function resultsOfOpenScope(connection: DuckDBConnection): Promise<Results> {
  const [s] = await rows(connection, 'results_summary');
  return {
    indicators: num(s!.indicators),
    byLevel: ranked(RESULT_LEVELS, s!).map(({ label, count }) => ({ level: label, indicators: count })),
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

/** `outcomes` (results.md section 5) over the views of `openResultsScope`. */
export async function outcomesOfOpenScope(connection: DuckDBConnection): Promise<Outcomes> {
  const [s] = await rows(connection, 'outcomes_summary');
  return {
    outcomes: num(s!.outcomes),
    pairingsWithOutcomes: num(s!.pairings_with_outcomes),
    pairingsWithOutcomesShare: num(s!.pairings_with_outcomes_share),
    byType: ranked(CHANGE_TYPES, s!).map(({ label, count }) => ({ type: label, outcomes: count, high: num(s![`${label}_high`]) })),
    byHelix: ranked(HELIX_VALUES, s!).map(({ label, count }) => ({ helix: label, outcomes: count })),
    twoWayShare: num(s!.two_way_share),
    meanReciprocity: numOrNull(s!.mean_reciprocity),
    substantiatedShare: num(s!.substantiated_share),
    disputed: num(s!.disputed),
    investmentEur: num(s!.investment_eur),
    byYear: (await rows(connection, 'outcomes_by_year')).map((r) => ({ year: num(r.year), outcomes: num(r.outcomes) })),
  };
}
