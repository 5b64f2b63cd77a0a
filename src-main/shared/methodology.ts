/**
 * "How this is measured": the definitions of spec/indicators.md, word for word where the
 * spec is a sentence for a person. One module, read by the dashboard's chart notes, the
 * workbook's Methodology sheet and the PDF report, so every surface explains a number the
 * same way. Change a definition only together with indicators.md (results.md for the
 * families `results` and `outcomes`).
 */

export type IndicatorFamily = 'summary' | 'regions' | 'themes' | 'stakeholders' | 'gcom' | 'delivery' | 'network' | 'results' | 'outcomes';

export interface Definition {
  /** Stable id: the indicator's key path in `indicators --json`, e.g. `stakeholderMix.meanEvenness`. */
  id: string;
  family: IndicatorFamily;
  /** Short name for a table row or a heading. */
  label: string;
  definition: string;
}

export const SCOPE_RULE =
  'Filters select pairings; all indicators are computed over the pairings in scope and all the members of those pairings. ' +
  'Without filters, scope is every pairing. Programme, component and status match the pairing\'s value; theme selects pairings ' +
  'that have that theme among their themes (primary or not); region selects pairings with at least one member in that region, ' +
  'whose other members stay in scope whatever their region; from / to select pairings whose start date is on or after / on ' +
  'or before the date (pairings without a start date are then out of scope). Values within one filter are OR-ed; different ' +
  'filters are AND-ed; matching ignores case and surrounding spaces.';

export const RATIO_RULE =
  'Ratios are rounded to 4 decimals, halves away from zero; a ratio with a zero denominator is 0. Lists hold only non-zero ' +
  'rows (except the helix mix, which always lists all four helix values).';

export const AS_OF_RULE =
  'As of a date, results and outcomes are shown as the programme stood on that day: only result values whose period ends on or ' +
  'before it and outcomes observed on or before it count. Result indicators themselves are never removed, and the pairing filters ' +
  'apply as usual.';

export const DEFINITIONS: readonly Definition[] = [
  { id: 'summary.pairings', family: 'summary', label: 'Pairings', definition: 'Pairings in scope.' },
  { id: 'summary.entities', family: 'summary', label: 'Entities', definition: 'Distinct members (cities, regions, metropolitan areas, consortia) of the pairings in scope.' },
  { id: 'summary.countries', family: 'summary', label: 'Countries', definition: 'Distinct member countries.' },
  { id: 'summary.regions', family: 'summary', label: 'Regions', definition: 'Distinct member regions.' },
  { id: 'summary.themes', family: 'summary', label: 'Themes', definition: 'Distinct themes used by the pairings in scope.' },
  { id: 'summary.organisations', family: 'summary', label: 'Organisations', definition: 'Stakeholder rows of the pairings in scope.' },
  { id: 'summary.participants', family: 'summary', label: 'Participants', definition: 'Sum of stakeholder participants.' },
  { id: 'summary.activities', family: 'summary', label: 'Activities', definition: 'Activity rows of the pairings in scope.' },

  { id: 'pairingsByRegion.pairings', family: 'regions', label: 'Pairings by region', definition: 'Pairings with at least one member in that region.' },
  { id: 'pairingsByRegion.entities', family: 'regions', label: 'Entities by region', definition: 'Distinct members in that region.' },
  {
    id: 'regionMatrix',
    family: 'regions',
    label: 'Region-to-region flow',
    definition:
      'Pairings that have a member in region a and a member in region b (a <= b); for a = b, two distinct members in that region. ' +
      'Only non-zero cells. This is the cross-regional flow between world regions.',
  },
  { id: 'countryMatrix', family: 'regions', label: 'Country-to-country flow', definition: 'The same as the region-to-region flow at country level (ISO 3166-1 alpha-2 codes).' },

  { id: 'themes', family: 'themes', label: 'Pairings by theme', definition: 'Pairings that have the theme among their themes (primary or not).' },
  {
    id: 'themeOverlap',
    family: 'themes',
    label: 'Theme overlap',
    definition: 'For themes a < b that share at least one pairing: the pairings with both, and Jaccard = pairings with both / pairings with either.',
  },
  {
    id: 'multiThemeShare',
    family: 'themes',
    label: 'Multi-theme share',
    definition: 'Pairings with two or more themes / pairings with at least one theme (0 when none has a theme).',
  },

  {
    id: 'stakeholderMix.byHelix',
    family: 'stakeholders',
    label: 'Helix mix',
    definition:
      'For each of the four helix values (academia, business, government, civil society): stakeholder organisations, their participants, ' +
      'and share = participants / all participants. All four are always listed.',
  },
  {
    id: 'stakeholderMix.quadrupleHelixShare',
    family: 'stakeholders',
    label: 'Quadruple-helix share',
    definition: 'Pairings in scope whose stakeholders cover all four helix values / pairings in scope.',
  },
  {
    id: 'stakeholderMix.meanHelixCoverage',
    family: 'stakeholders',
    label: 'Mean helix coverage',
    definition: 'Mean over pairings in scope of (distinct helix values present / 4); a pairing without stakeholders counts 0.',
  },
  {
    id: 'stakeholderMix.meanEvenness',
    family: 'stakeholders',
    label: 'Mean evenness',
    definition:
      "Mean over pairings with at least one stakeholder of Pielou's evenness of participants across the four helix values: " +
      '-sum(p_h * ln p_h) / ln 4 over helix values with p_h > 0.',
  },

  { id: 'gcom.entities', family: 'gcom', label: 'Entities', definition: 'Distinct entities that are members of pairings in scope.' },
  { id: 'gcom.signatories', family: 'gcom', label: 'GCoM signatories', definition: 'Those entities that signed the Global Covenant of Mayors (GCoM).' },
  { id: 'gcom.share', family: 'gcom', label: 'Signatory share', definition: 'Signatories / entities.' },
  { id: 'gcom.actionPlans', family: 'gcom', label: 'GCoM action plans', definition: 'Signatories with a GCoM action plan.' },
  {
    id: 'gcom.joinedDuringPairing',
    family: 'gcom',
    label: 'Joined during a pairing',
    definition:
      'Signatories whose GCoM joining date lies within [start date, end date] of at least one of their pairings in scope (a blank end ' +
      'date is no upper bound; pairings without a start date never count): the uptake that can be attributed to the cooperation window.',
  },
  {
    id: 'gcom.byRegion',
    family: 'gcom',
    label: 'GCoM by region',
    definition: 'For every region with at least one entity in scope: entities, signatories and share = signatories / entities (regions without signatories included, with 0).',
  },

  { id: 'delivery.actionPlans', family: 'delivery', label: 'Action plans', definition: 'Pairings by the state of their action plan: none, drafting, adopted.' },
  { id: 'delivery.pilotProjects', family: 'delivery', label: 'Pilot projects', definition: 'Sum of the pilot projects of the pairings in scope.' },
  {
    id: 'delivery.activitiesByType',
    family: 'delivery',
    label: 'Activities by type',
    definition: 'Activity rows of the pairings in scope and the sum of their participants, per activity type; blank participants count 0.',
  },
  {
    id: 'delivery.medianDurationMonths',
    family: 'delivery',
    label: 'Median duration (months)',
    definition:
      "Median over pairings in scope with both dates of the whole months from start to end date (DuckDB's date_diff('month')); the mean of " +
      'the two middle values for an even count; none when no pairing has both dates.',
  },

  {
    id: 'network.multiPairingEntities',
    family: 'network',
    label: 'Multi-pairing entities',
    definition:
      'Entities that are members of two or more pairings in scope. The member graph of the scope has as nodes the entities that are ' +
      'members of pairings in scope; two entities are linked when they are members of the same pairing in scope.',
  },
  {
    id: 'network.hubs',
    family: 'network',
    label: 'Hubs',
    definition: 'The multi-pairing entities with their number of pairings in scope, sorted by pairings descending, then name.',
  },
  {
    id: 'network.components',
    family: 'network',
    label: 'Connected components',
    definition:
      'Connected components of the member graph: groups of entities joined by a chain of shared pairings. A programme of separate ' +
      'pairs has as many components as pairings; cities in several pairings knit them together.',
  },
  { id: 'network.largestComponent', family: 'network', label: 'Largest component', definition: 'Entities in the largest connected component of the member graph.' },
  {
    id: 'results.achievement',
    family: 'results',
    label: 'Achievement',
    definition:
      'For a quantitative indicator (a number or a percentage), over its values in scope: p* is its row with the latest period end ' +
      'among rows with an actual. A (actual to date) is the actual of p* for a level indicator, or the sum of the actuals of the rows ' +
      'ending on or before p* for an incremental one; T (target to date) is likewise the target of p*, or the sum of those rows\' ' +
      'targets; B is the baseline (blank counts 0 for an incremental indicator). Achievement (percent) = 100 * A / T for an incremental ' +
      'indicator, 100 * (A - B) / (T - B) for a level one (a decreasing indicator has T < B, so the formula needs no sign), rounded to ' +
      '1 decimal, halves away from zero; it may be negative or above 100 and is never clamped.',
  },
  {
    id: 'results.status',
    family: 'results',
    label: 'Status',
    definition:
      'On track: achievement 90 or more; at risk: 75 or more and under 90; off track: under 75 (from the rounded achievement). ' +
      'Where several apply, the first of these wins: no actual (no row with an actual), no target (T blank), no baseline (a level ' +
      'indicator without one), no change targeted (a zero denominator: T = B, or an incremental T of 0). Qualitative indicators ' +
      'have the status qualitative.',
  },
  { id: 'results.indicators', family: 'results', label: 'Result indicators', definition: 'Result indicators of the pairings in scope (as of a date, none is removed).' },
  { id: 'results.byLevel', family: 'results', label: 'Indicators by level', definition: 'Result indicators per level: output, outcome, impact (all three always listed).' },
  { id: 'results.byStatus', family: 'results', label: 'Indicators by status', definition: 'Result indicators per status (on track, at risk, off track, no actual, no target, no baseline, no change targeted, qualitative).' },
  { id: 'results.onTrackShare', family: 'results', label: 'On-track share', definition: 'On track / (on track + at risk + off track): the share of the indicators with an achievement that are on track.' },
  {
    id: 'results.medianAchievement',
    family: 'results',
    label: 'Median achievement',
    definition: 'Median of the rounded achievements of the indicators with one (the mean of the two middle values for an even count, rounded to 1 decimal); none when no indicator has an achievement.',
  },
  {
    id: 'results.completeness',
    family: 'results',
    label: 'Reporting completeness',
    definition:
      'Due = the values of quantitative indicators with a target and a period ending on or before the reference date; reported = those ' +
      'of them with an actual; completeness = reported / due. The reference date is the as-of date when given, else the latest period ' +
      'end of a quantitative value in scope with an actual.',
  },
  {
    id: 'results.progress',
    family: 'results',
    label: 'Progress',
    definition:
      'Over quantitative indicators with at least two values with an actual: the achievement as of the latest one (p*) compared with ' +
      'the achievement as of the previous one (the same computation with that row as p*). Compared = indicators where both can be ' +
      'computed; improved = those where the later rounded achievement is strictly higher; mean change = the mean of (later - earlier) ' +
      'in percentage points, rounded to 1 decimal.',
  },
  {
    id: 'results.frameworkTotals',
    family: 'results',
    label: 'Results-framework totals',
    definition:
      'Quantitative indicators with a framework reference, grouped by that reference (compared trimmed and ignoring case, shown as ' +
      'first written in the data, whatever the filters) and unit: indicators, distinct pairings, the sum of baselines (blank 0), the ' +
      'sum of actuals to date (A) of those with an actual and the sum of targets to date (T) of those with one. The figure a ' +
      'programme reports to a results framework.',
  },
  {
    id: 'results.sdgTargets',
    family: 'results',
    label: 'SDG targets',
    definition:
      'Every SDG target named by a result indicator or a harvested outcome in scope: the indicators and outcomes naming it and the ' +
      'distinct pairings naming it either way; sorted by pairings, then target.',
  },
  {
    id: 'results.byLevelStatus',
    family: 'results',
    label: 'Status by level',
    definition: 'Result indicators per level and status.',
  },
  {
    id: 'results.byTheme',
    family: 'results',
    label: 'Achievement by theme',
    definition:
      'Per theme of the pairings (every theme of a pairing, primary or not): the quantitative indicators with an achievement, their ' +
      'median achievement, and how many are on track, at risk and off track.',
  },
  {
    id: 'results.byRegion',
    family: 'results',
    label: 'Achievement by region',
    definition:
      'Per region: the quantitative indicators with an achievement measured there (the region of the member measured, or, for an ' +
      'indicator of the pairing as a whole, each region of its members), their median achievement, and how many are on track, at ' +
      'risk and off track.',
  },

  { id: 'outcomes.outcomes', family: 'outcomes', label: 'Harvested outcomes', definition: 'Observed changes (outcomes) of the pairings in scope, observed on or before the as-of date when one is given.' },
  { id: 'outcomes.pairingsWithOutcomes', family: 'outcomes', label: 'Pairings with outcomes', definition: 'Pairings in scope with at least one outcome.' },
  { id: 'outcomes.pairingsWithOutcomesShare', family: 'outcomes', label: 'Share of pairings with outcomes', definition: 'Pairings with outcomes / pairings in scope.' },
  {
    id: 'outcomes.byType',
    family: 'outcomes',
    label: 'Outcomes by type',
    definition:
      'Outcomes per change type (policy, practice, investment, relationship, capacity, agenda; all six always listed), and how many ' +
      'of them are of high significance.',
  },
  { id: 'outcomes.byHelix', family: 'outcomes', label: 'Outcomes by actor helix', definition: 'Outcomes per helix of the actor who changed (all four always listed; outcomes without an actor helix are in none).' },
  {
    id: 'outcomes.twoWayShare',
    family: 'outcomes',
    label: 'Two-way share',
    definition: 'Pairings in which every member has at least one outcome / pairings with outcomes: whether learning went both ways.',
  },
  {
    id: 'outcomes.meanReciprocity',
    family: 'outcomes',
    label: 'Mean reciprocity',
    definition:
      'Mean over pairings with outcomes of (the fewest outcomes of a member / the most outcomes of a member), counting every member ' +
      'of the pairing, those with none as 0. 1 = every member changed as much as the others; 0 = some member shows no change.',
  },
  { id: 'outcomes.substantiatedShare', family: 'outcomes', label: 'Substantiated share', definition: 'Outcomes substantiated / outcomes.' },
  { id: 'outcomes.disputed', family: 'outcomes', label: 'Disputed outcomes', definition: 'Outcomes whose substantiation is disputed.' },
  { id: 'outcomes.investmentEur', family: 'outcomes', label: 'Investment mobilised (EUR)', definition: 'Sum of the money committed or mobilised by the outcomes, in euros, rounded to 2 decimals.' },
  { id: 'outcomes.byYear', family: 'outcomes', label: 'Outcomes by year', definition: 'Outcomes per year of observation, years with outcomes only, in calendar order.' },
];

const byId = new Map(DEFINITIONS.map((d) => [d.id, d]));

/** The definition of one indicator; throws on an unknown id so a typo fails in tests, not in a report. */
export function definitionOf(id: string): Definition {
  const found = byId.get(id);
  if (!found) throw new Error(`no definition for indicator "${id}"`);
  return found;
}

/** Several definitions as one paragraph: "Label: definition. Label: definition." */
export function howMeasured(ids: readonly string[]): string {
  return ids.map((id) => `${definitionOf(id).label}: ${definitionOf(id).definition}`).join(' ');
}
