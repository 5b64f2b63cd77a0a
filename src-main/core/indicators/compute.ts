import type { DuckDBConnection } from '@duckdb/node-api';
import type { Helix } from '../../shared/domain.js';
import type { DashboardIndicators, Filters, Indicators } from '../../shared/indicators.js';
import { formatIssue } from '../../shared/issues.js';
import { inTransaction } from '../store/transaction.js';
import { num, rows, str } from './sql-rows.js';
import { bindFilters, describeScope } from './filters.js';
import { latestImportWarnings } from './import-warnings.js';
import { outcomesOfOpenScope, resultsOfOpenScope } from './results.js';
import { openResultsScope } from './results-scope.js';
import { networkOfOpenScope } from './network.js';
import { closeScope, openScope } from './scope.js';


/**
 * Every indicator of indicators.md over the pairings the filters select. Runs on its own
 * connection's temp tables, so concurrent calls with different filters never meet, and in
 * one snapshot, so an import committing meanwhile is seen by all of it or none.
 */
export function computeIndicators(connection: DuckDBConnection, filters: Filters = {}): Promise<Indicators> {
  return inTransaction(connection, async () => {
    await openScope(connection, filters);
    const result = await indicatorsOfOpenScope(connection, filters);
    await closeScope(connection);
    return result;
  });
}

/** The same without the network (DashboardIndicators): what the app's views ask for on every filter change. */
export function computeDashboardIndicators(connection: DuckDBConnection, filters: Filters = {}): Promise<DashboardIndicators> {
  return inTransaction(connection, async () => {
    await openScope(connection, filters);
    const result = await indicatorsOfOpenScope(connection, filters, { network: false });
    await closeScope(connection);
    return result;
  });
}

/**
 * The indicators over the scope `openScope` has just set for `filters`: for a caller that
 * reads more of the same scope (the reports), so the scope is filled once. Leaves the results
 * temp tables of `openResultsScope` open too, for the same reason; `closeScope` drops them.
 */
export async function indicatorsOfOpenScope(connection: DuckDBConnection, filters: Filters): Promise<Indicators>;
export async function indicatorsOfOpenScope(connection: DuckDBConnection, filters: Filters, parts: { network: false }): Promise<DashboardIndicators>;
export async function indicatorsOfOpenScope(connection: DuckDBConnection, filters: Filters, parts = { network: true }): Promise<Indicators | DashboardIndicators> {
  const { asOf } = bindFilters(filters);
  await openResultsScope(connection, asOf);
  const [summary] = await rows(connection, 'summary');
  const [coverage] = await rows(connection, 'stakeholder_coverage');
  const [gcom] = await rows(connection, 'gcom');
  const [delivery] = await rows(connection, 'delivery');
  const [multi] = await rows(connection, 'multi_theme_share');
  const flows = await rows(connection, 'member_flows');
  const matrix = (level: string) =>
    flows.filter((r) => r.level === level).map((r) => ({ a: str(r.a), b: str(r.b), pairings: num(r.pairings) }));

  const indicators = {
    summary: {
      pairings: num(summary!.pairings),
      entities: num(summary!.entities),
      countries: num(summary!.countries),
      regions: num(summary!.regions),
      themes: num(summary!.themes),
      organisations: num(summary!.organisations),
      participants: num(summary!.participants),
      activities: num(summary!.activities),
    },
    pairingsByRegion: (await rows(connection, 'pairings_by_region')).map((r) => ({
      region: str(r.region),
      pairings: num(r.pairings),
      entities: num(r.entities),
    })),
    regionMatrix: matrix('region'),
    countryMatrix: matrix('country'),
    themes: (await rows(connection, 'themes')).map((r) => ({ theme: str(r.theme), pairings: num(r.pairings) })),
    themeOverlap: (await rows(connection, 'theme_overlap')).map((r) => ({
      a: str(r.a),
      b: str(r.b),
      pairings: num(r.pairings),
      jaccard: num(r.jaccard),
    })),
    multiThemeShare: num(multi!.share),
    stakeholderMix: {
      byHelix: (await rows(connection, 'stakeholders_by_helix')).map((r) => ({
        helix: str(r.helix) as Helix,
        organisations: num(r.organisations),
        participants: num(r.participants),
        share: num(r.share),
      })),
      quadrupleHelixShare: num(coverage!.quadruple_helix_share),
      meanHelixCoverage: num(coverage!.mean_helix_coverage),
      meanEvenness: num(coverage!.mean_evenness),
    },
    gcom: {
      entities: num(gcom!.entities),
      signatories: num(gcom!.signatories),
      share: num(gcom!.share),
      actionPlans: num(gcom!.action_plans),
      joinedDuringPairing: num(gcom!.joined_during_pairing),
      byRegion: (await rows(connection, 'gcom_by_region')).map((r) => ({
        region: str(r.region),
        entities: num(r.entities),
        signatories: num(r.signatories),
        share: num(r.share),
      })),
    },
    delivery: {
      actionPlans: {
        none: num(delivery!.plans_none),
        drafting: num(delivery!.plans_drafting),
        adopted: num(delivery!.plans_adopted),
      },
      pilotProjects: num(delivery!.pilot_projects),
      activitiesByType: (await rows(connection, 'activities_by_type')).map((r) => ({
        type: str(r.type),
        activities: num(r.activities),
        participants: num(r.participants),
      })),
      medianDurationMonths: delivery!.median_duration_months === null ? null : num(delivery!.median_duration_months),
    },
    // Here, so that the JSON lists the keys in the spec's order.
    network: parts.network ? await networkOfOpenScope(connection) : undefined,
    results: await resultsOfOpenScope(connection),
    outcomes: await outcomesOfOpenScope(connection),
    scope: describeScope(filters),
    warnings: await importWarnings(connection),
  };
  if (indicators.network !== undefined) return indicators as Indicators;
  const { network: _left, ...dashboard } = indicators;
  return dashboard;
}

/** The warnings of the import that produced the current dataset, as sentences. */
async function importWarnings(connection: DuckDBConnection): Promise<string[]> {
  return (await latestImportWarnings(connection)).map((issue) => formatIssue(issue));
}
