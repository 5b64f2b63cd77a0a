import type { ChangeType, Helix, Outcome, ResultLevel } from './domain.js';

/** results.md section 3: a result indicator's status, in the order of precedence of its last rule. */
export const RESULT_STATUSES = [
  'on track',
  'at risk',
  'off track',
  'no actual',
  'no target',
  'no baseline',
  'no change targeted',
  'qualitative',
] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** `byStatus` key of each status (indicators.schema.json). */
export const STATUS_KEYS: Readonly<Record<ResultStatus, keyof ResultsByStatus>> = {
  'on track': 'onTrack',
  'at risk': 'atRisk',
  'off track': 'offTrack',
  'no actual': 'noActual',
  'no target': 'noTarget',
  'no baseline': 'noBaseline',
  'no change targeted': 'noChangeTargeted',
  qualitative: 'qualitative',
};

export interface ResultsByStatus {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  noActual: number;
  noTarget: number;
  noBaseline: number;
  noChangeTargeted: number;
  qualitative: number;
}

export interface FrameworkTotal {
  frameworkRef: string;
  unit: string;
  indicators: number;
  pairings: number;
  baseline: number;
  actual: number;
  target: number;
}

export interface SdgTargetCount {
  target: string;
  indicators: number;
  outcomes: number;
  pairings: number;
}

/** `results` of `indicators --json` (results.md section 4). */
export interface Results {
  indicators: number;
  byLevel: Array<{ level: ResultLevel; indicators: number }>;
  byStatus: ResultsByStatus;
  onTrackShare: number;
  medianAchievement: number | null;
  completeness: { due: number; reported: number; share: number };
  progress: { compared: number; improved: number; meanChangePoints: number | null };
  frameworkTotals: FrameworkTotal[];
  sdgTargets: SdgTargetCount[];
}

/** `outcomes` of `indicators --json` (results.md section 5). */
export interface Outcomes {
  outcomes: number;
  pairingsWithOutcomes: number;
  pairingsWithOutcomesShare: number;
  byType: Array<{ type: ChangeType; outcomes: number; high: number }>;
  byHelix: Array<{ helix: Helix; outcomes: number }>;
  twoWayShare: number;
  meanReciprocity: number | null;
  substantiatedShare: number;
  disputed: number;
  investmentEur: number;
  byYear: Array<{ year: number; outcomes: number }>;
}

/** One row of the indicator tracking table (Results view, workbook Results sheet, PDF annex). */
export interface TrackingRow {
  indicator_id: string;
  pairing_id: string;
  pairing_title: string | null;
  /** The measured member, or null for the pairing as a whole. */
  entity_id: string | null;
  entity_name: string | null;
  level: ResultLevel;
  title: string;
  unit: string | null;
  measure: string;
  direction: string;
  accumulation: string;
  baseline: number | null;
  /** T and A of results.md section 3 (to date, as of the latest period with an actual). */
  target: number | null;
  actual: number | null;
  /** Rounded to 1 decimal; null when the status is not one of on/at/off track. */
  achievement: number | null;
  status: ResultStatus;
  framework_ref: string | null;
  sdg_targets: string | null;
  /** Each period's actual in period order (null where none was reported): the small line. */
  series: Array<{ period_end: string; actual: number | null }>;
}

/** One harvested outcome with its pairing's title and member's name (the outcome explorer). */
export interface OutcomeRow extends Outcome {
  pairing_title: string | null;
  entity_name: string;
}

/** Achievement grouped by a pairing's theme or region (Results view charts, reports). */
export interface AchievementGroup {
  /** The theme, or the region. */
  group: string;
  /** Quantitative indicators with an achievement in that group. */
  indicators: number;
  medianAchievement: number | null;
  onTrack: number;
  atRisk: number;
  offTrack: number;
}

/** Per level, indicators per status: the "status by level" chart. */
export interface LevelStatusCount {
  level: ResultLevel;
  status: ResultStatus;
  indicators: number;
}

/**
 * The Results view's breakdowns beyond `indicators --json`, over the same scope and as-of: a
 * few dozen rows whatever the programme's size (the tracking table pages through
 * `results/tracking`).
 */
export interface ResultsDetail {
  byLevelStatus: LevelStatusCount[];
  byTheme: AchievementGroup[];
  byRegion: AchievementGroup[];
}

/** The breakdowns with every tracking row: what the reports write out in full. */
export interface ResultsTables extends ResultsDetail {
  tracking: TrackingRow[];
}

/** A pairing with outcomes in scope: how evenly its members changed (the pairings behind twoWayShare and meanReciprocity). */
export interface PairingReciprocity {
  pairing_id: string;
  title: string | null;
  /** Every member, in the order the workbook lists them, with its outcomes in scope (0: none). */
  members: Array<{ entity_id: string; name: string; outcomes: number }>;
  membersWithOutcomes: number;
  /** The fewest outcomes of a member / the most (results.md section 5), unrounded. */
  reciprocity: number;
  /** Every member has at least one outcome. */
  twoWay: boolean;
}
