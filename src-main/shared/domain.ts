/** The normalised programme model: what every import ends in, whatever its shape. */

export const HELIX_VALUES = ['academia', 'business', 'government', 'civil society'] as const;
export type Helix = (typeof HELIX_VALUES)[number];

export const ENTITY_KINDS = ['city', 'region', 'metropolitan area', 'consortium'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const PAIRING_STATUSES = ['planned', 'active', 'completed'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

export const ACTION_PLAN_STATES = ['none', 'drafting', 'adopted'] as const;
export type ActionPlanState = (typeof ACTION_PLAN_STATES)[number];

export const COMPONENTS = ['city-to-city', 'region-to-region'] as const;

export const ACTIVITY_TYPES = [
  'study visit',
  'webinar',
  'workshop',
  'staff exchange',
  'training',
  'conference',
  'other',
] as const;

/** The six IUC thematic streams and the three IURC networks, in their canonical spelling. */
export const THEME_CATALOGUE = [
  'Social inclusion and urban regeneration',
  'Circular economy',
  'Blue and green infrastructure',
  'Climate change adaptation and mitigation',
  'Mobility and transport',
  'Smart cities and innovation',
  'Ecological transition and green deal',
  'Urban renewal and urban poverty',
  'Innovation',
] as const;

/** Programme regions used when an entity has no region of its own (data-model.md). */
export const PROGRAMME_REGIONS = [
  'Europe',
  'North America',
  'Latin America & Caribbean',
  'East Asia',
  'South Asia',
  'Southeast Asia',
  'Oceania',
  'Africa',
  'Middle East & Central Asia',
] as const;

/** Result indicators and harvested outcomes (results.md section 1). */
export const RESULT_LEVELS = ['output', 'outcome', 'impact'] as const;
export type ResultLevel = (typeof RESULT_LEVELS)[number];
export const RESULT_MEASURES = ['number', 'percentage', 'qualitative'] as const;
export type ResultMeasure = (typeof RESULT_MEASURES)[number];
export const RESULT_DIRECTIONS = ['increase', 'decrease'] as const;
export const RESULT_ACCUMULATIONS = ['level', 'incremental'] as const;
export const CHANGE_TYPES = ['policy', 'practice', 'investment', 'relationship', 'capacity', 'agenda'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];
export const SIGNIFICANCE_LEVELS = ['high', 'medium', 'low'] as const;
export const SUBSTANTIATION_STATES = ['unverified', 'substantiated', 'disputed'] as const;

/** An ISO date `YYYY-MM-DD`; dates carry no time or zone anywhere in Twinlens. */
export type IsoDate = string;

export interface Entity {
  entity_id: string;
  name: string;
  country: string;
  kind: string;
  region: string;
  population: number | null;
  latitude: number | null;
  longitude: number | null;
  gcom_signatory: boolean;
  gcom_joined: IsoDate | null;
  gcom_action_plan: boolean;
}

export interface Pairing {
  pairing_id: string;
  title: string | null;
  programme: string | null;
  component: string;
  start_date: IsoDate | null;
  end_date: IsoDate | null;
  status: string | null;
  action_plan: string | null;
  pilot_projects: number | null;
}

export interface Member {
  pairing_id: string;
  entity_id: string;
  side: string | null;
}

export interface PairingTheme {
  pairing_id: string;
  theme: string;
  primary: boolean;
}

export interface Stakeholder {
  pairing_id: string;
  entity_id: string | null;
  organisation: string;
  helix: string;
  participants: number;
}

export interface Activity {
  pairing_id: string;
  date: IsoDate | null;
  type: string | null;
  participants: number | null;
  description: string | null;
}

export interface ResultIndicator {
  indicator_id: string;
  pairing_id: string;
  entity_id: string | null;
  level: ResultLevel;
  title: string;
  unit: string | null;
  measure: ResultMeasure;
  direction: string;
  accumulation: string;
  baseline: number | null;
  baseline_date: IsoDate | null;
  framework_ref: string | null;
  /** SDG target codes of sdg-targets.csv, `; `-separated, as normalised at import. */
  sdg_targets: string | null;
}

export interface ResultValue {
  indicator_id: string;
  period_start: IsoDate;
  period_end: IsoDate;
  target: number | null;
  actual: number | null;
  comment: string | null;
}

export interface Outcome {
  outcome_id: string;
  pairing_id: string;
  entity_id: string;
  date: IsoDate;
  description: string;
  change_type: ChangeType;
  actor_helix: string | null;
  significance: string | null;
  contribution: string | null;
  evidence: string | null;
  substantiation: string;
  amount_eur: number | null;
  sdg_targets: string | null;
  indicator_id: string | null;
}

export interface TableRows {
  entities: Entity;
  pairings: Pairing;
  members: Member;
  themes: PairingTheme;
  stakeholders: Stakeholder;
  activities: Activity;
  result_indicators: ResultIndicator;
  result_values: ResultValue;
  outcomes: Outcome;
}
export type TableName = keyof TableRows;
export const TABLE_NAMES: readonly TableName[] = [
  'entities',
  'pairings',
  'members',
  'themes',
  'stakeholders',
  'activities',
  'result_indicators',
  'result_values',
  'outcomes',
];
