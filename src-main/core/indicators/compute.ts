import type { DuckDBConnection } from '@duckdb/node-api';
import type { Helix } from '../../shared/domain.js';
import { type DashboardIndicators, type Filters, INDICATOR_FAMILIES, type IndicatorFamilies, type IndicatorFamily, type Indicators } from '../../shared/indicators.js';
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
  const family = familyReader(connection, filters);
  await family.resultsScope();
  const indicators = {
    summary: await family.summary(),
    pairingsByRegion: await family.pairingsByRegion(),
    regionMatrix: await family.regionMatrix(),
    countryMatrix: await family.countryMatrix(),
    themes: await family.themes(),
    themeOverlap: await family.themeOverlap(),
    multiThemeShare: await family.multiThemeShare(),
    stakeholderMix: await family.stakeholderMix(),
    gcom: await family.gcom(),
    delivery: await family.delivery(),
    // Here, so that the JSON lists the keys in the spec's order.
    network: parts.network ? await networkOfOpenScope(connection) : undefined,
    results: await family.results(),
    outcomes: await family.outcomes(),
    scope: describeScope(filters),
    warnings: await family.warnings(),
  };
  if (indicators.network !== undefined) return indicators as Indicators;
  const { network: _left, ...dashboard } = indicators;
  return dashboard;
}

/**
 * Only the families asked for (`indicators/families`), each exactly as `computeIndicators`
 * gives it, over one scope filled once and in one snapshot: a view runs the statements of
 * what it draws, not all 25. The results temp tables are filled only for results or outcomes.
 */
export function computeIndicatorFamilies(connection: DuckDBConnection, filters: Filters, families: readonly IndicatorFamily[]): Promise<IndicatorFamilies> {
  return inTransaction(connection, async () => {
    await openScope(connection, filters);
    const family = familyReader(connection, filters);
    const out: Record<string, unknown> = {};
    // In the JSON's order, whatever order they were asked in; each once. The scope sits
    // where indicators.md puts it, before the warnings.
    for (const name of INDICATOR_FAMILIES) {
      if (name === 'warnings') out.scope = describeScope(filters);
      if (families.includes(name)) out[name] = await family[name]();
    }
    await closeScope(connection);
    return out as IndicatorFamilies;
  });
}

type FamilyReader = { [K in IndicatorFamily]: () => Promise<DashboardIndicators[K]> } & { resultsScope: () => Promise<void> };

/**
 * One reader per family over the open scope. Families computed by one statement together
 * (the two matrices, the summary row's shares) run it once however many of them are read.
 */
function familyReader(connection: DuckDBConnection, filters: Filters): FamilyReader {
  const once = <T>(run: () => Promise<T>): (() => Promise<T>) => {
    let pending: Promise<T> | undefined;
    return () => (pending ??= run());
  };
  const first = (name: string) => once(async () => (await rows(connection, name))[0]!);
  const flows = once(() => rows(connection, 'member_flows'));
  const matrix = async (level: string) =>
    (await flows()).filter((r) => r.level === level).map((r) => ({ a: str(r.a), b: str(r.b), pairings: num(r.pairings) }));
  const coverage = first('stakeholder_coverage');
  const delivery = first('delivery');
  const resultsScope = once(() => openResultsScope(connection, bindFilters(filters).asOf));
  return {
    resultsScope,
    summary: async () => {
      const summary = await first('summary')();
      return {
        pairings: num(summary.pairings),
        entities: num(summary.entities),
        countries: num(summary.countries),
        regions: num(summary.regions),
        themes: num(summary.themes),
        organisations: num(summary.organisations),
        participants: num(summary.participants),
        activities: num(summary.activities),
      };
    },
    pairingsByRegion: async () =>
      (await rows(connection, 'pairings_by_region')).map((r) => ({ region: str(r.region), pairings: num(r.pairings), entities: num(r.entities) })),
    regionMatrix: () => matrix('region'),
    countryMatrix: () => matrix('country'),
    themes: async () => (await rows(connection, 'themes')).map((r) => ({ theme: str(r.theme), pairings: num(r.pairings) })),
    themeOverlap: async () =>
      (await rows(connection, 'theme_overlap')).map((r) => ({ a: str(r.a), b: str(r.b), pairings: num(r.pairings), jaccard: num(r.jaccard) })),
    multiThemeShare: async () => num((await first('multi_theme_share')()).share),
    stakeholderMix: async () => {
      const byHelix = (await rows(connection, 'stakeholders_by_helix')).map((r) => ({
        helix: str(r.helix) as Helix,
        organisations: num(r.organisations),
        participants: num(r.participants),
        share: num(r.share),
      }));
      const c = await coverage();
      return { byHelix, quadrupleHelixShare: num(c.quadruple_helix_share), meanHelixCoverage: num(c.mean_helix_coverage), meanEvenness: num(c.mean_evenness) };
    },
    gcom: async () => {
      const g = await first('gcom')();
      return {
        entities: num(g.entities),
        signatories: num(g.signatories),
        share: num(g.share),
        actionPlans: num(g.action_plans),
        joinedDuringPairing: num(g.joined_during_pairing),
        byRegion: (await rows(connection, 'gcom_by_region')).map((r) => ({
          region: str(r.region),
          entities: num(r.entities),
          signatories: num(r.signatories),
          share: num(r.share),
        })),
      };
    },
    delivery: async () => {
      const d = await delivery();
      return {
        actionPlans: { none: num(d.plans_none), drafting: num(d.plans_drafting), adopted: num(d.plans_adopted) },
        pilotProjects: num(d.pilot_projects),
        activitiesByType: (await rows(connection, 'activities_by_type')).map((r) => ({
          type: str(r.type),
          activities: num(r.activities),
          participants: num(r.participants),
        })),
        medianDurationMonths: d.median_duration_months === null ? null : num(d.median_duration_months),
      };
    },
    results: async () => {
      await resultsScope();
      return resultsOfOpenScope(connection);
    },
    outcomes: async () => {
      await resultsScope();
      return outcomesOfOpenScope(connection);
    },
    warnings: () => importWarnings(connection),
  };
}

/** The warnings of the import that produced the current dataset, as sentences. */
async function importWarnings(connection: DuckDBConnection): Promise<string[]> {
  return (await latestImportWarnings(connection)).map((issue) => formatIssue(issue));
}
