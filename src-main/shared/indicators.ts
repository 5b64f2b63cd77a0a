import type { Helix } from './domain.js';
import type { Outcomes, Results } from './results.js';

/** Filters select pairings (indicators.md, "Scope"). Values within one filter are OR-ed. */
export interface Filters {
  programme?: string[];
  component?: string[];
  theme?: string[];
  region?: string[];
  status?: string[];
  /** Pairing start date on or after, `YYYY-MM-DD`. */
  from?: string;
  /** Pairing start date on or before, `YYYY-MM-DD`. */
  to?: string;
  /**
   * Not a pairing filter: result values ending and outcomes observed after this day,
   * `YYYY-MM-DD`, are left out (results.md section 2).
   */
  asOf?: string;
}

export const LIST_FILTERS = ['programme', 'component', 'theme', 'region', 'status'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export interface Summary {
  pairings: number;
  entities: number;
  countries: number;
  regions: number;
  themes: number;
  organisations: number;
  participants: number;
  activities: number;
}

export interface RegionCount {
  region: string;
  pairings: number;
  entities: number;
}

export interface MatrixCell {
  a: string;
  b: string;
  pairings: number;
}

export interface ThemeCount {
  theme: string;
  pairings: number;
}

export interface ThemeOverlap {
  a: string;
  b: string;
  pairings: number;
  jaccard: number;
}

export interface HelixMix {
  helix: Helix;
  organisations: number;
  participants: number;
  share: number;
}

export interface StakeholderMix {
  byHelix: HelixMix[];
  quadrupleHelixShare: number;
  meanHelixCoverage: number;
  meanEvenness: number;
}

export interface GcomRegion {
  region: string;
  entities: number;
  signatories: number;
  share: number;
}

export interface Gcom {
  entities: number;
  signatories: number;
  share: number;
  actionPlans: number;
  joinedDuringPairing: number;
  byRegion: GcomRegion[];
}

export interface ActivityTypeCount {
  type: string;
  activities: number;
  participants: number;
}

export interface Delivery {
  actionPlans: { none: number; drafting: number; adopted: number };
  pilotProjects: number;
  activitiesByType: ActivityTypeCount[];
  medianDurationMonths: number | null;
}

/** An entity that is a member of two or more pairings in scope (indicators.md section 6). */
export interface Hub {
  /** entity_id */
  entity: string;
  name: string;
  country: string;
  pairings: number;
}

/** The member graph of the scope: entities linked when they share a pairing (indicators.md section 6). */
export interface Network {
  multiPairingEntities: number;
  hubs: Hub[];
  components: number;
  largestComponent: number;
}

/** The filters applied (name -> values as written, trimmed), and the as-of date or null. */
export type Scope = { [K in ListFilter | 'from' | 'to']?: string[] } & { asOf: string | null };

/** The JSON of `twinlens indicators --json`, key for key (spec/indicators.schema.json). */
export interface Indicators {
  summary: Summary;
  pairingsByRegion: RegionCount[];
  regionMatrix: MatrixCell[];
  countryMatrix: MatrixCell[];
  themes: ThemeCount[];
  themeOverlap: ThemeOverlap[];
  multiThemeShare: number;
  stakeholderMix: StakeholderMix;
  gcom: Gcom;
  delivery: Delivery;
  network: Network;
  results: Results;
  outcomes: Outcomes;
  scope: Scope;
  warnings: string[];
}

/**
 * What the dashboard's views read on every filter change: the indicators without the network,
 * whose components and hubs (50,000 entities at L, 0.3-1 s) only the Network view shows; it
 * gets them with its graph (`network/graph`).
 */
export type DashboardIndicators = Omit<Indicators, 'network'>;

/**
 * The keys of DashboardIndicators a caller may ask for alone (`indicators/families`), in the
 * JSON's order. `scope` comes with every answer: it is the filters, not a query.
 */
export const INDICATOR_FAMILIES = [
  'summary',
  'pairingsByRegion',
  'regionMatrix',
  'countryMatrix',
  'themes',
  'themeOverlap',
  'multiThemeShare',
  'stakeholderMix',
  'gcom',
  'delivery',
  'results',
  'outcomes',
  'warnings',
] as const satisfies ReadonlyArray<keyof DashboardIndicators>;

export type IndicatorFamily = (typeof INDICATOR_FAMILIES)[number];

/** The families asked for, each exactly as in DashboardIndicators, and the scope. */
export type IndicatorFamilies = Partial<Pick<DashboardIndicators, IndicatorFamily>> & { scope: Scope };
