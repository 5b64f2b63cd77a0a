import type { IssueKey } from '../../../shared/i18n/index.js';
import type { IssueArgs } from '../../../shared/issues.js';
/**
 * The IATI activities Twinlens is about to write, as plain data: built by activities.ts,
 * checked by rules.ts, then streamed by write-xml.ts. Codes are IATI's own.
 */
export interface ReportingOrg {
  /** An organisation identifier: a prefix of OrganisationRegistrationAgency, "-", the id. */
  ref: string;
  /** An OrganisationType code. */
  type: string;
  name: string;
}

export interface ParticipatingOrg {
  ref: string | null;
  type: string | null;
  /** OrganisationRole: 1 funding, 4 implementing. */
  role: '1' | '4';
  name: string;
}

/** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
export interface ActivityDate {
  type: '1' | '2' | '3' | '4';
  isoDate: string;
}

export interface PercentageShare {
  code: string;
  /** Hundredths of a percent (shares.ts). */
  hundredths: number;
}

export interface ResultValue {
  /** A plain decimal number (no exponent); null for none (qualitative measures). */
  value: string | null;
  comment: string | null;
}

export interface ResultPeriod {
  start: string;
  end: string;
  targets: ResultValue[];
  actuals: ResultValue[];
}

export interface IatiResult {
  /** ResultType: 1 output, 2 outcome, 3 impact. */
  type: '1' | '2' | '3';
  aggregationStatus: boolean | null;
  title: string;
  indicator: {
    /** IndicatorMeasure: 1 unit, 2 percentage, 5 qualitative. */
    measure: '1' | '2' | '5';
    ascending: boolean | null;
    title: string;
    /** The framework reference (IndicatorVocabulary 99, the reporting organisation's own). */
    reference: string | null;
    baseline: { year: number; isoDate: string | null; value: string | null } | null;
    periods: ResultPeriod[];
  };
}

export interface IatiActivity {
  hierarchy: 1 | 2;
  identifier: string;
  /** What a message names: "pairing P4" or "programme IUC". */
  label: string;
  title: string;
  description: string;
  participatingOrgs: ParticipatingOrg[];
  /** ActivityStatus: 1 pipeline, 2 implementation, 4 post-completion. */
  status: '1' | '2' | '4';
  dates: ActivityDate[];
  recipientCountries: PercentageShare[];
  sectors: PercentageShare[];
  /** SDG target codes (TagVocabulary 3). */
  sdgTargets: string[];
  /** RelatedActivityType: 1 parent, 2 child. */
  related: Array<{ ref: string; type: '1' | '2' }>;
  results: IatiResult[];
}

/** Something about the user's data or input the export has to say; an error stops it. */
export interface IatiProblem {
  severity: 'error' | 'warning';
  /** The rule of rulesets/standard.json it is about, or null for a Twinlens-only check. */
  rule: string | null;
  /** The pairing (or programme) it is about, null for the file as a whole. */
  subject: string | null;
  /** The English sentence (the CLI prints it); `key` and `args` say it in any language. */
  message: string;
  key: IssueKey;
  args: IssueArgs;
}
