import type { IndicatorFamily } from '../../src-main/shared/indicators.js';
import type { ViewId } from './view-props.js';

/**
 * The indicator families each view reads (its charts' builders, headlines and figures), so a
 * filter change asks for those alone. `summary` is in every list: the scope line above the
 * tabs shows its pairing count whichever view is open.
 */
export const VIEW_FAMILIES: Readonly<Record<ViewId, readonly IndicatorFamily[]>> = {
  // headlines() and resultHeadlines() read all of these; the warnings notice reads warnings.
  overview: ['summary', 'pairingsByRegion', 'regionMatrix', 'themes', 'multiThemeShare', 'stakeholderMix', 'gcom', 'delivery', 'results', 'outcomes', 'warnings'],
  regions: ['summary', 'pairingsByRegion', 'regionMatrix', 'countryMatrix'],
  themes: ['summary', 'themes', 'themeOverlap', 'multiThemeShare'],
  stakeholders: ['summary', 'stakeholderMix'],
  gcom: ['summary', 'gcom'],
  // resultHeadlines() reads outcomes beside results; the Outcomes view lists results' SDG targets.
  results: ['summary', 'results', 'outcomes'],
  outcomes: ['summary', 'results', 'outcomes'],
  // networkFinding() reads the summary; the network itself comes with the graph.
  network: ['summary'],
  compare: ['summary'],
  pairings: ['summary'],
  data: ['summary'],
};
