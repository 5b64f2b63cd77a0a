/**
 * "How this is measured": the definitions of spec/indicators.md, word for word where the
 * spec is a sentence for a person. One module, read by the dashboard's chart notes, the
 * workbook's Methodology sheet and the PDF report, so every surface explains a number the
 * same way. Change a definition only together with indicators.md.
 */

export type IndicatorFamily = 'summary' | 'regions' | 'themes' | 'stakeholders' | 'gcom' | 'delivery';

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
