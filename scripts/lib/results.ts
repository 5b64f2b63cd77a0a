/**
 * Illustrative result indicators, result values and harvested outcomes (results.md section
 * 1), shared by the sample programme and the bench generator so that both carry the same
 * shapes at the same density: 2-4 indicators a pairing, yearly values, 0-4 outcomes.
 *
 * Each quantitative indicator is planned for one status of results.md section 3 and its
 * values are drawn until they give that status, so the mix of statuses is chosen here, not
 * left to chance: the sample must show every status the Results view can colour.
 */
import type { ChangeType, Helix, IsoDate, Outcome, ResultIndicator, ResultLevel, ResultValue } from '../../src-main/shared/domain.js';
import type { ResultStatus } from '../../src-main/shared/results.js';
import type { seededRandom } from './random.js';

type Random = ReturnType<typeof seededRandom>;

export type ThemeGroup = 'social' | 'circular' | 'green' | 'climate' | 'mobility' | 'smart' | 'general';

const GROUP_OF_THEME: Record<string, ThemeGroup> = {
  'Social inclusion and urban regeneration': 'social',
  'Urban renewal and urban poverty': 'social',
  'Circular economy': 'circular',
  'Blue and green infrastructure': 'green',
  'Climate change adaptation and mitigation': 'climate',
  'Ecological transition and green deal': 'climate',
  'Mobility and transport': 'mobility',
  'Smart cities and innovation': 'smart',
  Innovation: 'smart',
};

export const themeGroup = (theme: string | undefined): ThemeGroup => (theme && GROUP_OF_THEME[theme]) || 'general';

/** Which member an indicator measures: none (the pairing as a whole), the partner side, the EU side, either. */
type Measured = 'pairing' | 'partner' | 'eu' | 'member';

interface Common {
  title: string;
  level: ResultLevel;
  sdg: string;
  measured: Measured;
  /** The change types of outcomes that may cite this indicator as what they evidence. */
  evidences: readonly ChangeType[];
}

interface LevelTemplate extends Common {
  kind: 'level';
  unit: string;
  measure: 'number' | 'percentage';
  direction: 'increase' | 'decrease';
  framework?: string;
  decimals: number;
  baseline: readonly [number, number];
  /** The change targeted by the last period: a share of the baseline when `relative`, else in the unit. */
  change: readonly [number, number];
  relative?: boolean;
}

interface IncrementalTemplate extends Common {
  kind: 'incremental';
  unit: string;
  framework?: string;
  decimals: number;
  /** The target of one period. */
  perPeriod: readonly [number, number];
}

interface QualitativeTemplate extends Common {
  kind: 'qualitative';
  /** One narrative per period, in order; `{partner}` is the other city. */
  steps: readonly string[];
}

export type IndicatorTemplate = LevelTemplate | IncrementalTemplate | QualitativeTemplate;

const STRATEGY_STEPS = (what: string) => [
  `Working group on the ${what} set up after the study visit to {partner}`,
  `Draft ${what} consulted with residents, businesses and the university`,
  `${what[0]!.toUpperCase()}${what.slice(1)} adopted by the city council`,
];

const TOPIC: Record<ThemeGroup, string> = {
  social: 'participatory planning',
  circular: 'circular procurement',
  green: 'nature-based solutions',
  climate: 'climate risk assessment',
  mobility: 'sustainable mobility planning',
  smart: 'open data management',
  general: 'integrated urban planning',
};

const UCAP_MEASURES: IndicatorTemplate = {
  kind: 'incremental', title: 'UCAP measures adopted', unit: 'measures', level: 'output', framework: 'GERF 2.11',
  sdg: '17.17', measured: 'pairing', decimals: 0, perPeriod: [2, 6], evidences: ['policy', 'relationship'],
};

const staffTrained = (group: ThemeGroup): IndicatorTemplate => ({
  kind: 'incremental', title: `Municipal staff trained in ${TOPIC[group]}`, unit: 'people', level: 'output',
  sdg: group === 'circular' ? '12.7; 17.17' : '17.17', measured: 'member', decimals: 0, perPeriod: [8, 40], evidences: ['capacity'],
});

const CO2_AVOIDED: LevelTemplate = {
  kind: 'level', title: 'CO2 emissions avoided (tCO2e/year)', unit: 'tCO2e/year', measure: 'number', direction: 'increase', level: 'outcome',
  framework: 'GERF 2.5', sdg: '13.2', measured: 'member', decimals: 0, baseline: [0, 0], change: [2_000, 40_000], evidences: ['investment', 'practice'],
};

const TEMPLATES: Record<ThemeGroup, readonly IndicatorTemplate[]> = {
  circular: [
    { kind: 'level', title: 'Share of waste recycled (%)', unit: '%', measure: 'percentage', direction: 'increase', level: 'outcome',
      sdg: '11.6; 12.5', measured: 'member', decimals: 1, baseline: [12, 38], change: [6, 16], evidences: ['practice', 'investment'] },
    { kind: 'level', title: 'Municipal waste sent to landfill (t/year)', unit: 't/year', measure: 'number', direction: 'decrease', level: 'impact',
      sdg: '12.5', measured: 'member', decimals: 0, baseline: [40_000, 320_000], change: [-0.2, -0.06], relative: true, evidences: ['practice'] },
    { kind: 'qualitative', title: 'Circular economy roadmap adopted', level: 'outcome', sdg: '12.5', measured: 'member',
      steps: STRATEGY_STEPS('circular economy roadmap'), evidences: ['policy'] },
  ],
  climate: [
    CO2_AVOIDED,
    { kind: 'level', title: 'Municipal CO2 emissions (tCO2e/year)', unit: 'tCO2e/year', measure: 'number', direction: 'decrease', level: 'impact',
      sdg: '13.2', measured: 'member', decimals: 0, baseline: [250_000, 4_800_000], change: [-0.15, -0.04], relative: true, evidences: ['policy', 'practice'] },
    { kind: 'qualitative', title: 'Climate adaptation strategy adopted', level: 'outcome', sdg: '13.1; 13.2', measured: 'member',
      steps: STRATEGY_STEPS('climate adaptation strategy'), evidences: ['policy', 'agenda'] },
    { kind: 'level', title: 'Renewable share of municipal energy use (%)', unit: '%', measure: 'percentage', direction: 'increase', level: 'outcome',
      sdg: '7.2', measured: 'member', decimals: 1, baseline: [6, 34], change: [4, 14], evidences: ['investment'] },
  ],
  mobility: [
    { kind: 'incremental', title: 'Cycle lanes built (km)', unit: 'km', level: 'output', sdg: '11.2', measured: 'member',
      decimals: 1, perPeriod: [2, 15], evidences: ['investment'] },
    { kind: 'level', title: 'Share of trips by public transport, walking or cycling (%)', unit: '%', measure: 'percentage', direction: 'increase',
      level: 'outcome', sdg: '11.2', measured: 'member', decimals: 1, baseline: [24, 56], change: [3, 10], evidences: ['practice', 'policy'] },
    { ...CO2_AVOIDED, sdg: '11.2; 13.2', evidences: ['practice'] },
    { kind: 'qualitative', title: 'Sustainable urban mobility plan adopted', level: 'outcome', sdg: '11.2', measured: 'member',
      steps: STRATEGY_STEPS('sustainable urban mobility plan'), evidences: ['policy'] },
  ],
  social: [
    { kind: 'incremental', title: 'Households served by the pilot', unit: 'households', level: 'output', sdg: '11.1', measured: 'partner',
      decimals: 0, perPeriod: [40, 400], evidences: ['practice', 'investment'] },
    { kind: 'incremental', title: 'Residents taking part in participatory planning', unit: 'people', level: 'output', sdg: '11.3', measured: 'member',
      decimals: 0, perPeriod: [60, 600], evidences: ['practice', 'agenda'] },
    { kind: 'level', title: 'Residents satisfied with their neighbourhood (%)', unit: '%', measure: 'percentage', direction: 'increase', level: 'impact',
      sdg: '11.3', measured: 'partner', decimals: 1, baseline: [38, 66], change: [4, 12], evidences: [] },
    { kind: 'qualitative', title: 'Neighbourhood regeneration strategy adopted', level: 'outcome', sdg: '11.3', measured: 'member',
      steps: STRATEGY_STEPS('neighbourhood regeneration strategy'), evidences: ['policy'] },
  ],
  green: [
    { kind: 'incremental', title: 'Green and blue space created or restored (ha)', unit: 'ha', level: 'output', sdg: '11.7', measured: 'member',
      decimals: 1, perPeriod: [1.5, 12], evidences: ['investment', 'practice'] },
    { kind: 'level', title: 'Residents protected from flooding', unit: 'people', measure: 'number', direction: 'increase', level: 'outcome',
      sdg: '11.5; 13.1', measured: 'partner', decimals: 0, baseline: [0, 3_000], change: [2_000, 25_000], evidences: ['investment'] },
    { kind: 'level', title: 'Drinking water lost in the network (%)', unit: '%', measure: 'percentage', direction: 'decrease', level: 'impact',
      sdg: '6.4', measured: 'member', decimals: 1, baseline: [18, 46], change: [-10, -4], evidences: ['practice'] },
    { kind: 'qualitative', title: 'Nature-based solutions plan adopted', level: 'outcome', sdg: '11.7; 13.1', measured: 'member',
      steps: STRATEGY_STEPS('nature-based solutions plan'), evidences: ['policy'] },
  ],
  smart: [
    { kind: 'incremental', title: 'Start-ups supported by the joint incubation programme', unit: 'start-ups', level: 'output', sdg: '9.5', measured: 'pairing',
      decimals: 0, perPeriod: [3, 14], evidences: ['relationship', 'investment'] },
    { kind: 'incremental', title: 'Municipal datasets published as open data', unit: 'datasets', level: 'output', sdg: '16.10', measured: 'member',
      decimals: 0, perPeriod: [8, 60], evidences: ['practice'] },
    { kind: 'level', title: 'Municipal services available online (%)', unit: '%', measure: 'percentage', direction: 'increase', level: 'outcome',
      sdg: '16.6', measured: 'member', decimals: 1, baseline: [18, 52], change: [8, 24], evidences: ['practice', 'investment'] },
    { kind: 'qualitative', title: 'Smart city strategy adopted', level: 'outcome', sdg: '11.3; 9.5', measured: 'member',
      steps: STRATEGY_STEPS('smart city strategy'), evidences: ['policy', 'agenda'] },
  ],
  general: [
    { kind: 'qualitative', title: 'Joint action plan adopted by both cities', level: 'output', sdg: '17.17', measured: 'pairing',
      steps: ['Themes of cooperation agreed at the kick-off with {partner}', 'Joint action plan drafted', 'Joint action plan signed by both mayors'], evidences: ['relationship'] },
  ],
};

export interface MemberRef {
  entity_id: string;
  name: string;
  side: string | null;
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export const yearlyPeriods = (from: number, to: number): Period[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ start: `${from + i}-01-01`, end: `${from + i}-12-31` }));

type Profile = ResultStatus;

/** What the values of an indicator are drawn from; held until its values are written. */
export interface IndicatorPlan {
  template: IndicatorTemplate;
  profile: Profile;
  periods: Period[];
  /** The value before the pairing acted, also for an indicator whose baseline goes unwritten. */
  base: number;
  /** The last period's actual is not reported yet. */
  late: boolean;
  partner: string;
}

export interface PlannedIndicator {
  indicator: ResultIndicator;
  plan: IndicatorPlan;
}

const uniform = (rnd: Random, [lo, hi]: readonly [number, number]) => lo + rnd.next() * (hi - lo);
/** Rounded to `decimals` places; negative places round to tens, hundreds, ... */
const roundTo = (x: number, decimals: number) => (decimals >= 0 ? Math.round(x * 10 ** decimals) / 10 ** decimals : Math.round(x / 10 ** -decimals) * 10 ** -decimals);
/** Half away from zero at one place, as DuckDB's round(). */
const round1 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;

function chooseProfile(t: IndicatorTemplate, rnd: Random): Profile {
  if (t.kind === 'qualitative') return 'qualitative';
  const byIncrement: Array<readonly [Profile, number]> = [['on track', 38], ['at risk', 16], ['off track', 16], ['no actual', 8], ['no target', 5]];
  return rnd.weighted(t.kind === 'level' ? [...byIncrement, ['no baseline', 9], ['no change targeted', 3]] : byIncrement);
}

/**
 * The indicators of one pairing: 2-4, mostly from its themes' templates, often one of the
 * programme-wide ones (UCAP measures, staff trained) too.
 */
export function planIndicators(
  ctx: { pairingId: string; groups: readonly ThemeGroup[]; members: readonly MemberRef[]; periods: (t: IndicatorTemplate) => Period[]; baselineDate: IsoDate },
  rnd: Random,
): PlannedIndicator[] {
  const count = rnd.weighted([[2, 35], [3, 40], [4, 25]] as const);
  const pool: IndicatorTemplate[] = [];
  for (const g of ctx.groups.length > 0 ? ctx.groups : (['general'] as const)) for (const t of TEMPLATES[g]) if (!pool.includes(t)) pool.push(t);
  const common = [UCAP_MEASURES, staffTrained(ctx.groups[0] ?? 'general')];
  const chosen: IndicatorTemplate[] = [];
  if (rnd.next() < 0.7 || pool.length < count) chosen.push(rnd.pick(common));
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(rnd.next() * pool.length), 1)[0]!);
  const eu = ctx.members.filter((m) => m.side === 'EU');
  const partners = ctx.members.filter((m) => m.side !== 'EU');
  return chosen.map((template, i) => {
    const side = template.measured === 'pairing' ? null : template.measured === 'eu' ? eu : template.measured === 'partner' ? partners : rnd.next() < 0.55 ? partners : eu;
    const measured = side === null ? null : side.length > 0 ? rnd.pick(side) : rnd.pick(ctx.members);
    const partner = ctx.members.find((m) => m.side !== measured?.side && m !== measured) ?? ctx.members[0]!;
    const profile = chooseProfile(template, rnd);
    const periods = ctx.periods(template);
    let base = 0;
    if (template.kind === 'level') base = roundTo(uniform(rnd, template.baseline), template.decimals === 0 && template.baseline[1] > 10_000 ? -2 : template.decimals);
    const late = periods.length >= 2 && rnd.next() < 0.2;
    const indicator: ResultIndicator = {
      indicator_id: `${ctx.pairingId}-I${i + 1}`,
      pairing_id: ctx.pairingId,
      entity_id: measured?.entity_id ?? null,
      level: template.level,
      title: template.title,
      unit: template.kind === 'qualitative' ? null : template.unit,
      measure: template.kind === 'qualitative' ? 'qualitative' : template.kind === 'level' ? template.measure : 'number',
      // Blank for a qualitative indicator, which has no numbers to go up or add up; the import defaults them.
      direction: template.kind === 'level' ? template.direction : template.kind === 'incremental' ? 'increase' : (null as unknown as string),
      accumulation: template.kind === 'incremental' ? 'incremental' : template.kind === 'level' ? 'level' : (null as unknown as string),
      baseline: template.kind === 'level' && profile !== 'no baseline' ? base : null,
      baseline_date: template.kind === 'level' && profile !== 'no baseline' ? ctx.baselineDate : null,
      framework_ref: template.kind !== 'qualitative' ? (template.framework ?? null) : null,
      sdg_targets: template.sdg,
    };
    return { indicator, plan: { template, profile, periods, base, late, partner: partner.name } };
  });
}

/** results.md section 3 over one indicator's values (no as-of): its status and achievement. */
export function statusOf(indicator: ResultIndicator, values: readonly ResultValue[]): { status: ResultStatus; achievement: number | null } {
  if (indicator.measure === 'qualitative') return { status: 'qualitative', achievement: null };
  const reported = values.filter((v) => v.actual !== null).sort((a, b) => a.period_end.localeCompare(b.period_end));
  const last = reported.at(-1);
  if (!last) return { status: 'no actual', achievement: null };
  const upTo = values.filter((v) => v.period_end <= last.period_end);
  let a: number;
  let t: number;
  let b: number;
  if (indicator.accumulation === 'incremental') {
    a = upTo.reduce((s, v) => s + (v.actual ?? 0), 0);
    const targets = upTo.filter((v) => v.target !== null);
    if (targets.length === 0) return { status: 'no target', achievement: null };
    t = targets.reduce((s, v) => s + v.target!, 0);
    b = 0;
  } else {
    a = last.actual!;
    if (last.target === null) return { status: 'no target', achievement: null };
    t = last.target;
    if (indicator.baseline === null) return { status: 'no baseline', achievement: null };
    b = indicator.baseline;
  }
  if (t - b === 0) return { status: 'no change targeted', achievement: null };
  const x = round1((100 * (a - b)) / (t - b));
  return { status: x >= 90 ? 'on track' : x >= 75 ? 'at risk' : 'off track', achievement: x };
}

const ROW_NOTES = ['Provisional figure', 'Source: municipal statistics office', 'Estimate from the pilot\'s monitoring', 'Revised after the mid-term review'];

function drawValues(indicator: ResultIndicator, plan: IndicatorPlan, rnd: Random): ResultValue[] {
  const { template: t, profile, periods, base } = plan;
  const n = periods.length;
  if (t.kind === 'qualitative') {
    const stalled = n >= 2 && rnd.next() < 0.25;
    return periods.map((p, k) => {
      const step = t.steps[Math.min(k + Math.max(0, t.steps.length - n), t.steps.length - 1)]!;
      const comment = stalled && k === n - 1 ? `Adoption postponed to ${Number(p.end.slice(0, 4)) + 1} after the local elections` : step.replace('{partner}', plan.partner);
      return { indicator_id: indicator.indicator_id, period_start: p.start, period_end: p.end, target: null, actual: null, comment };
    });
  }
  // The row the status is read from: the last one, or the one before when the last is late.
  const pIndex = plan.late ? n - 2 : n - 1;
  const f = profile === 'on track' ? uniform(rnd, [0.96, 1.25]) : profile === 'at risk' ? uniform(rnd, [0.79, 0.87]) : profile === 'off track' ? uniform(rnd, [0.15, 0.62]) : uniform(rnd, [0.6, 1.2]);
  const factor = (k: number) => (k === pIndex ? f : f * uniform(rnd, [0.75, 1.15]));
  const rows: ResultValue[] = [];
  if (t.kind === 'level') {
    const final = profile === 'no change targeted' ? base : roundTo(t.relative ? base * (1 + uniform(rnd, t.change)) : base + uniform(rnd, t.change), t.decimals);
    for (const [k, p] of periods.entries()) {
      const target = roundTo(base + ((final - base) * (k + 1)) / n, t.decimals);
      let actual = profile === 'no change targeted' ? base * (1 + uniform(rnd, [-0.05, 0.05])) : base + (target - base) * factor(k);
      if (t.measure === 'percentage') actual = Math.min(100, Math.max(0, actual));
      rows.push({ indicator_id: indicator.indicator_id, period_start: p.start, period_end: p.end, target, actual: roundTo(actual, t.decimals), comment: null });
    }
  } else {
    // A yearly pace that picks up as the pilot gets going, rather than unrelated yearly figures.
    const pace = uniform(rnd, t.perPeriod);
    for (const [k, p] of periods.entries()) {
      const ramp = n === 1 ? 1 : 0.75 + (0.5 * k) / (n - 1);
      const target = Math.max(10 ** -t.decimals, roundTo(pace * ramp * uniform(rnd, [0.9, 1.1]), t.decimals));
      rows.push({ indicator_id: indicator.indicator_id, period_start: p.start, period_end: p.end, target, actual: roundTo(target * factor(k), t.decimals), comment: null });
    }
  }
  for (const [k, row] of rows.entries()) {
    if (profile === 'no target') row.target = null;
    if (profile === 'no actual' || k > pIndex) row.actual = null;
    if (k > pIndex) row.comment = 'Not yet reported';
    else if (row.actual !== null && rnd.next() < 0.15) row.comment = rnd.pick(ROW_NOTES);
  }
  if (profile === 'no actual') rows.at(-1)!.comment = `Measurement method agreed with ${plan.partner}; first figures due next year`;
  if (profile === 'no target') rows[0]!.comment = 'Targets to be set in the action plan review';
  return rows;
}

/** The values of one planned indicator, drawn again (a few times at most) until they give its planned status. */
export function valuesFor(indicator: ResultIndicator, plan: IndicatorPlan, rnd: Random): ResultValue[] {
  let rows = drawValues(indicator, plan, rnd);
  for (let attempt = 0; attempt < 20 && statusOf(indicator, rows).status !== plan.profile; attempt++) rows = drawValues(indicator, plan, rnd);
  return rows;
}

const TOPIC_PHRASE: Record<ThemeGroup, string> = {
  social: 'inclusive neighbourhood regeneration',
  circular: 'the circular economy',
  green: 'nature-based solutions',
  climate: 'climate adaptation and mitigation',
  mobility: 'sustainable mobility',
  smart: 'smart city innovation',
  general: 'sustainable urban development',
};

/** What changed, by change type: texts of the pairing's theme first, then ones that fit any theme. */
const DESCRIPTIONS: Record<ChangeType, Partial<Record<ThemeGroup, readonly string[]>> & { general: readonly string[] }> = {
  policy: {
    social: ['{city} adopted a neighbourhood regeneration plan co-designed with residents', '{city} adopted rules that protect tenants of regenerated housing from eviction'],
    circular: ['{city} adopted green public procurement rules with circular criteria for municipal tenders', '{city} adopted a zero-waste plan for its markets and public events'],
    green: ['{city} adopted a green infrastructure plan that protects its river corridors', '{city} made rainwater retention compulsory for new public buildings'],
    climate: ['{city} city council adopted a climate adaptation strategy with heat and flood measures', '{city} adopted a climate action plan with a 2030 emissions target'],
    mobility: ['{city} adopted a sustainable urban mobility plan that puts walking, cycling and public transport first', '{city} adopted a low-emission zone for its historic centre'],
    smart: ['{city} adopted an open data policy for municipal datasets', '{city} adopted a digital strategy for its municipal services'],
    general: ['{city} adopted the joint action plan as municipal policy'],
  },
  practice: {
    social: ['{city} opened a one-stop advice desk for tenants in the pilot neighbourhood', '{city} now co-designs public space projects with residents in workshops'],
    circular: ['{city} started separate collection of organic waste in two pilot districts', '{city} opened a repair café and a tool library in a public library'],
    green: ['{city} built rain gardens and permeable paving in a pilot street', '{city} now maintains its parks without pesticides'],
    climate: ['{city} began monitoring the energy use of its municipal buildings every month', '{city} set up a heat-wave alert for elderly residents'],
    mobility: ['{city} introduced shared bicycles at its main transit stations', '{city} turned school streets car-free at opening and closing times'],
    smart: ['{city} launched a digital platform where residents report street problems', '{city} publishes real-time parking data for app developers'],
    general: ['{city} now reviews its projects with stakeholders from all four helices'],
  },
  investment: {
    social: ['{city} committed funding to refurbish social housing in the pilot neighbourhood', '{city} funded a community centre in a regenerated district'],
    circular: ['{city} and a private partner committed funding to a material recovery centre', '{city} funded composting facilities for municipal green waste'],
    green: ['{city} committed funding to restore an urban wetland', '{city} funded the planting of street trees along main roads'],
    climate: ['{city} committed funding to solar panels on municipal schools', '{city} funded the energy retrofit of public buildings'],
    mobility: ['{city} committed funding to a network of protected cycle lanes', '{city} funded electric buses for two lines'],
    smart: ['{city} and a regional bank committed funding to smart street lighting', '{city} funded a joint incubator for start-ups of both cities'],
    general: ['{city} committed funding to the pilot project of the action plan'],
  },
  relationship: {
    smart: ['A university in {city} signed a research agreement with a university in {partner}'],
    circular: ['Business associations of {city} and {partner} signed a memorandum of understanding on {topic}'],
    general: ['{city} and {partner} signed a memorandum of understanding to keep cooperating on {topic}', '{city} joined an international city network on {topic} that {partner} introduced it to'],
  },
  capacity: {
    social: ['Planning staff of {city} learnt participatory budgeting methods from {partner}'],
    climate: ['Officers of {city} can now run a climate risk assessment with the method learnt from {partner}'],
    general: ['{city} set up a municipal unit for {topic} staffed by officers trained in the exchange', 'Officers of {city} trained colleagues of other departments in what they learnt from {partner}'],
  },
  agenda: {
    mobility: ["The mayor of {city} made {topic} one of the council's priorities"],
    general: ["{topic} entered {city}'s budget priorities for the next term"],
  },
};

const CONTRIBUTIONS = [
  'Study visit to {partner}, where officers saw the approach at work',
  'Joint workshops with experts from {partner} during the action plan drafting',
  "{partner}'s practice served as the model; the pairing's staff exchange adapted it",
  'Peer review by {partner} of the draft, organised through the pairing',
];

const EVIDENCE: Partial<Record<ChangeType, readonly string[]>> & { general: readonly string[] } = {
  policy: ['City council decision (illustrative reference)', 'Published plan on the city website'],
  investment: ['Municipal budget line (illustrative reference)', 'Signed funding agreement'],
  relationship: ['Signed memorandum of understanding', 'Joint press release of both cities'],
  general: ['Minutes of the action plan steering group', 'Interview with the project officer', 'Local press article'],
};

const HELIX_OF: Record<ChangeType, ReadonlyArray<readonly [Helix, number]>> = {
  policy: [['government', 1]],
  agenda: [['government', 4], ['civil society', 1]],
  investment: [['government', 2], ['business', 2]],
  practice: [['government', 2], ['civil society', 2], ['business', 1]],
  capacity: [['government', 3], ['academia', 2]],
  relationship: [['government', 2], ['academia', 1], ['business', 1]],
};

const OUTCOME_SDG: Record<ThemeGroup, string> = {
  social: '11.3', circular: '12.5', green: '11.7', climate: '13.2', mobility: '11.2', smart: '9.5', general: '17.17',
};

/** Euros committed: mostly pilot-sized sums, a few large investments. */
const AMOUNT_RANGES: ReadonlyArray<readonly [readonly [number, number], number]> = [[[50_000, 500_000], 4], [[500_000, 3_000_000], 3], [[3_000_000, 15_000_000], 1]];

function randomDay(rnd: Random, from: IsoDate, to: IsoDate): IsoDate {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(rnd.next() * (Math.max(0, b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The harvested outcomes of one pairing: 0-4, in both cities or only one (whether learning
 * went both ways), some citing an indicator of the same pairing that they evidence.
 */
export function outcomesFor(
  ctx: { pairingId: string; group: ThemeGroup; members: readonly MemberRef[]; from: IsoDate; to: IsoDate; indicators: readonly PlannedIndicator[] },
  rnd: Random,
): Outcome[] {
  const count = rnd.weighted([[0, 14], [1, 24], [2, 30], [3, 20], [4, 12]] as const);
  const eu = ctx.members.filter((m) => m.side === 'EU');
  const partners = ctx.members.filter((m) => m.side !== 'EU');
  const focus = rnd.weighted([['both', 45], ['partner', 35], ['eu', 20]] as const);
  const out: Outcome[] = [];
  const told = new Set<string>();
  for (let k = 0; k < count; k++) {
    const side = focus === 'both' ? (k === 0 ? partners : k === 1 ? eu : rnd.next() < 0.5 ? partners : eu) : focus === 'partner' ? partners : eu;
    const member = rnd.pick(side.length > 0 ? side : ctx.members);
    const other = ctx.members.find((m) => m.side !== member.side) ?? ctx.members.find((m) => m !== member) ?? member;
    const fill = (text: string) => text.replaceAll('{city}', member.name).replaceAll('{partner}', other.name).replaceAll('{topic}', TOPIC_PHRASE[ctx.group]);
    // A pairing harvests different changes: a text told already for this member is not told twice.
    let type: ChangeType = 'practice';
    let untold: string[] = [];
    for (let attempt = 0; attempt < 6 && untold.length === 0; attempt++) {
      type = rnd.weighted([['policy', 3], ['practice', 3], ['capacity', 2], ['relationship', 2], ['investment', 2], ['agenda', 1]] as const);
      untold = [...(DESCRIPTIONS[type][ctx.group] ?? []), ...DESCRIPTIONS[type].general].map(fill).filter((d) => !told.has(d));
    }
    if (untold.length === 0) continue;
    const text = rnd.pick(untold);
    told.add(text);
    const cited = ctx.indicators.filter((i) => i.plan.template.evidences.includes(type) && (i.indicator.entity_id === null || i.indicator.entity_id === member.entity_id));
    out.push({
      outcome_id: '',
      pairing_id: ctx.pairingId,
      entity_id: member.entity_id,
      date: randomDay(rnd, ctx.from, ctx.to),
      description: text[0]!.toUpperCase() + text.slice(1),
      change_type: type,
      actor_helix: rnd.next() < 0.1 ? null : rnd.weighted(HELIX_OF[type]),
      significance: rnd.next() < 0.1 ? null : rnd.weighted([['high', 3], ['medium', 5], ['low', 2]] as const),
      contribution: rnd.next() < 0.15 ? null : fill(rnd.pick(CONTRIBUTIONS)),
      evidence: rnd.next() < 0.2 ? null : rnd.pick(EVIDENCE[type] ?? EVIDENCE.general),
      substantiation: rnd.weighted([['unverified', 70], ['substantiated', 22], ['disputed', 8]] as const),
      amount_eur: type === 'investment' && rnd.next() < 0.9 ? Math.round(uniform(rnd, rnd.weighted(AMOUNT_RANGES)) / 1000) * 1000 : null,
      sdg_targets: rnd.next() < 0.25 ? null : OUTCOME_SDG[ctx.group],
      indicator_id: cited.length > 0 && rnd.next() < 0.45 ? rnd.pick(cited).indicator.indicator_id : null,
    });
  }
  // Numbered in the order they were observed, as a harvest log would list them.
  out.sort((a, b) => a.date.localeCompare(b.date));
  out.forEach((o, k) => (o.outcome_id = `${ctx.pairingId}-O${k + 1}`));
  return out;
}
