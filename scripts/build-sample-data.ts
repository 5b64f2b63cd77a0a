/**
 * Rebuilds sample-data/ from sample-data/source/iuc-pairings.json (the real IUC pairings
 * named in the source documents). Pairings, cities, countries, components and themes are
 * real; stakeholders, GCoM status, dates, action plans, activities, result indicators and
 * their values, and harvested outcomes are illustrative, drawn from seeded generators and
 * labelled as such in the workbook's README sheet.
 *
 *   npm run sample-data
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ACTIVITY_TYPES,
  type Activity,
  CHANGE_TYPES,
  type Entity,
  HELIX_VALUES,
  type Member,
  type Pairing,
  type PairingTheme,
  RESULT_ACCUMULATIONS,
  RESULT_DIRECTIONS,
  RESULT_LEVELS,
  RESULT_MEASURES,
  SIGNIFICANCE_LEVELS,
  type Stakeholder,
  SUBSTANTIATION_STATES,
  type TableName,
} from '../src-main/shared/domain.js';
import { RESULT_STATUSES, type ResultStatus } from '../src-main/shared/results.js';
import { countryName } from '../src-main/core/import/countries.js';
import { type ProgrammeTables, writeProgrammeWorkbook } from '../src-main/core/export/programme-workbook.js';
import { CANONICAL_SHEETS } from '../src-main/core/import/sheet-specs.js';
import { headerKey } from '../src-main/core/import/header-key.js';
import { addMonths, isoDay, seededRandom } from './lib/random.js';
import { type MemberRef, outcomesFor, planIndicators, statusOf, themeGroup, valuesFor, yearlyPeriods } from './lib/results.js';

interface SourcePairing {
  id: string;
  component: 'city-to-city' | 'region-to-region';
  programme: string;
  members: Array<{ name: string; country: string; side: string }>;
  themes: string[];
  partnerRegion: string;
  cohort: string | null;
}

const dir = new URL('../sample-data/', import.meta.url);
const source: SourcePairing[] = JSON.parse(readFileSync(new URL('source/iuc-pairings.json', dir), 'utf8'));
const rnd = seededRandom(2018);

/** Named as GCoM signatories in the IUC brochure; every other GCoM value is illustrative. */
const KNOWN_SIGNATORIES = new Set(['Hirosaki', 'Donostia-San Sebastián', 'Donostia-San Sebastian']);

const entities = new Map<string, Entity>();
const emptyTables = (): ProgrammeTables => ({
  entities: [], pairings: [], members: [], themes: [], stakeholders: [], activities: [], result_indicators: [], result_values: [], outcomes: [],
});
const tables = emptyTables();
const entityId = (name: string, country: string) => `${country}-${headerKey(name)}`;

for (const p of source) {
  for (const m of p.members) {
    const id = entityId(m.name, m.country);
    if (entities.has(id)) continue;
    const signatory = KNOWN_SIGNATORIES.has(m.name) || rnd.next() < 0.55;
    const joined = signatory ? isoDay(rnd.int(2015, 2021), rnd.int(1, 12), rnd.int(1, 28)) : null;
    entities.set(id, {
      entity_id: id,
      name: m.name,
      country: m.country,
      kind: p.component === 'region-to-region' ? 'region' : 'city',
      region: '', // blank: derived from the country on import (UN M49)
      population: null,
      latitude: null,
      longitude: null,
      gcom_signatory: signatory,
      gcom_joined: joined,
      gcom_action_plan: signatory && rnd.next() < 0.6,
    });
  }
}
tables.entities = [...entities.values()].map((e) => ({ ...e, region: null as unknown as string }));

const ORG_NAMES: Record<string, readonly string[]> = {
  academia: ['University of {city}', '{city} Technical University', '{city} Urban Research Institute'],
  business: ['{city} Chamber of Commerce', '{city} Energy Utility', '{city} Mobility Start-up Hub', '{city} Logistics Cluster'],
  government: ['City of {city}', '{city} Planning Department', '{city} Environment Agency'],
  'civil society': ['{city} Residents Association', '{city} Green NGO', '{city} Youth Council', '{city} Cycling Community'],
};

for (const p of source) {
  const cohortYear = p.cohort ? 2018 : rnd.pick([2017, 2017, 2018]);
  const start = isoDay(cohortYear, p.cohort ? rnd.int(7, 10) : rnd.int(1, 12), 1);
  const ongoing = rnd.next() < 0.1;
  const end = ongoing ? null : addMonths(start, rnd.int(18, 30));
  const status = ongoing ? 'active' : 'completed';
  const actionPlan = rnd.weighted([['adopted', 6], ['drafting', 3], ['none', 1]] as const);
  const pairing: Pairing = {
    pairing_id: p.id,
    title: p.members.map((m) => m.name).join(' - '),
    programme: p.programme,
    component: p.component,
    start_date: start,
    end_date: end,
    status,
    action_plan: actionPlan,
    pilot_projects: actionPlan === 'none' ? 0 : rnd.int(0, 4),
  };
  tables.pairings.push(pairing);
  for (const m of p.members) tables.members.push({ pairing_id: p.id, entity_id: entityId(m.name, m.country), side: m.side } satisfies Member);
  p.themes.forEach((theme, i) => tables.themes.push({ pairing_id: p.id, theme, primary: i === 0 } satisfies PairingTheme));

  // Some pairings recorded no stakeholders at all; the rest mobilise a weighted helix mix.
  if (rnd.next() >= 0.08) {
    const count = rnd.int(3, 10);
    const used = new Set<string>();
    for (let i = 0; i < count; i++) {
      const member = rnd.pick(p.members);
      const helix = rnd.weighted([['government', 5], ['academia', 3], ['business', 2.5], ['civil society', 2]] as const);
      const organisation = rnd.pick(ORG_NAMES[helix]!).replace('{city}', member.name);
      if (used.has(organisation)) continue;
      used.add(organisation);
      tables.stakeholders.push({
        pairing_id: p.id,
        entity_id: entityId(member.name, member.country),
        organisation,
        helix,
        participants: rnd.int(1, 12),
      } satisfies Stakeholder);
    }
  }
  const activities = rnd.int(1, 6);
  for (let i = 0; i < activities; i++) {
    const type = rnd.weighted([['study visit', 4], ['webinar', 3], ['workshop', 3], ['staff exchange', 1], ['training', 1], ['conference', 1]] as const);
    tables.activities.push({
      pairing_id: p.id,
      date: addMonths(start, rnd.int(0, 17)),
      type,
      participants: type === 'webinar' && rnd.next() < 0.3 ? null : rnd.int(4, 40),
      description: `${type[0]!.toUpperCase()}${type.slice(1)} of the ${pairing.title} pairing (illustrative)`,
    } satisfies Activity);
  }
}
void ACTIVITY_TYPES;
void HELIX_VALUES;

// Results come from a stream of their own, so that adding them left every other sheet as it was.
const results = seededRandom(2020);
for (const [i, p] of source.entries()) {
  const pairing = tables.pairings[i]!;
  const members: MemberRef[] = p.members.map((m) => ({ entity_id: entityId(m.name, m.country), name: m.name, side: m.side }));
  const groups = [...new Set(p.themes.map(themeGroup))];
  const planned = planIndicators({
    pairingId: p.id,
    groups,
    members,
    // Impacts are often first measured a year into the cooperation.
    periods: (t) => yearlyPeriods(t.level === 'impact' && results.next() < 0.5 ? 2019 : 2018, 2020),
    baselineDate: results.next() < 0.8 ? '2017-12-31' : '2018-06-30',
  }, results);
  for (const { indicator, plan } of planned) {
    tables.result_indicators.push(indicator);
    tables.result_values.push(...valuesFor(indicator, plan, results));
  }
  const from = addMonths(pairing.start_date!, 4);
  tables.outcomes.push(...outcomesFor({
    pairingId: p.id, group: groups[0] ?? 'general', members, from: from < '2018-01-01' ? '2018-01-01' : from, to: '2021-12-31', indicators: planned,
  }, results));
}

// A few framework references written as people do (another case, a stray space): they are
// grouped with, and reported as, the first spelling in the sheet.
const VARIANTS: Record<string, readonly string[]> = { 'GERF 2.5': ['gerf 2.5', 'GERF 2.5 ', ' Gerf 2.5'], 'GERF 2.11': ['Gerf 2.11', 'GERF 2.11 ', 'gerf 2.11'] };
const seenRefs = new Set<string>();
for (const indicator of tables.result_indicators) {
  const ref = indicator.framework_ref;
  if (ref === null) continue;
  if (seenRefs.has(ref) && results.next() < 0.25) indicator.framework_ref = results.pick(VARIANTS[ref] ?? [ref]);
  seenRefs.add(ref);
}

// Most percentages as a user types them into Excel (45% is the fraction 0.45 formatted as a
// percentage), the others as plain points: both read as 45.
const percentCells = new Set(tables.result_indicators.filter((r) => r.measure === 'percentage' && results.next() < 0.67).map((r) => r.indicator_id));
const percentCell = (table: TableName, column: string, record: Record<string, unknown>) =>
  (table === 'result_indicators' && column === 'baseline' || table === 'result_values' && (column === 'target' || column === 'actual'))
  && percentCells.has(record.indicator_id as string);

// The sample must show every status the Results view colours: a seed that loses one fails here.
const statuses = new Map<ResultStatus, number>(RESULT_STATUSES.map((s) => [s, 0]));
for (const indicator of tables.result_indicators) {
  const { status } = statusOf(indicator, tables.result_values.filter((v) => v.indicator_id === indicator.indicator_id));
  statuses.set(status, statuses.get(status)! + 1);
}
const missing = [...statuses].filter(([, n]) => n === 0).map(([s]) => s);
if (missing.length > 0) throw new Error(`the sample's result indicators show no ${missing.join(', ')}: change the results seed`);

const README_INTRO: Array<[string, string]> = [
  ['What this is', 'A sample programme for Twinlens: the real pairings of the EU International Urban Cooperation (IUC) programme that are named in its public documents (best-practice brochure, call for cities, North America 2018 cohort), 2017-2020.'],
  ['Real', 'Pairings, their cities and regions, countries, components (city-to-city, region-to-region), themes and the 2018 North America cohort. Hirosaki and Donostia-San Sebastián as GCoM signatories.'],
  ['ILLUSTRATIVE', 'Everything else: stakeholders, participants, GCoM status and join dates, pairing dates and status, joint action plan state, pilot projects and activities are generated (seeded) for demonstration. Do not cite them as facts about the IUC.'],
  ['ILLUSTRATIVE', `Result indicators, Result values and Outcomes: all ${tables.result_indicators.length} indicators, their ${tables.result_values.length} yearly targets and actuals (2018-2020) and all ${tables.outcomes.length} harvested outcomes are generated (seeded) to show what a programme's results look like. The IUC published no such figures: do not cite them. Framework references (GERF 2.5, GERF 2.11) and SDG targets are example mappings, not official reporting.`],
  ['On purpose', 'Some framework_ref cells are written in another case or with a stray space: Twinlens groups them with the first spelling. Some percentages are cells formatted as a percentage, others plain points: both read the same.'],
  ['Coverage', `The documents name ${source.length} of the programme's 102 pairings (82 city, 20 region); this file holds those ${source.length}.`],
  ['Rebuild', 'npm run sample-data (scripts/build-sample-data.ts).'],
  ['', ''],
];

const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
const PERCENTAGE_RULE = 'Baselines, targets and actuals of a percentage are in points (45 means 45 %): a cell formatted as a percentage holds a fraction and is read times 100; 45% text is 45; a plain 45 is 45.';
const SDG_NOTE = 'Text: SDG target codes separated by ; (or ,), such as 11.3; 13.2. Each must be a target of the UN list (docs/sdg-targets.csv: 11.3, 13.b, 17.17, ...).';
const PAIRING_REF = 'Text, required: a pairing_id of the Pairings sheet.';

/** The three results sheets reuse column names of the others with other meanings: notes per sheet. */
const RESULT_NOTES: Record<string, string> = {
  'result_indicators.indicator_id': 'Text, required, unique: the indicator\'s id (Result values and Outcomes refer to it).',
  'result_indicators.pairing_id': PAIRING_REF,
  'result_indicators.entity_id': 'Text: the member the indicator measures, an entity_id that is a member of that pairing; blank = the pairing as a whole.',
  'result_indicators.level': `Coded, required: ${oneOf(RESULT_LEVELS)} (the logical framework's levels).`,
  'result_indicators.title': 'Text, required: what is measured, e.g. "Municipal staff trained in circular procurement".',
  'result_indicators.unit': 'Text: people, tCO2e/year, %, km, ... Indicators are totalled per framework reference and unit.',
  'result_indicators.measure': `Coded: ${oneOf(RESULT_MEASURES)}; blank = number. A qualitative indicator has no baseline, target or actual, only comments.`,
  'result_indicators.direction': `Coded: ${oneOf(RESULT_DIRECTIONS)}; blank = increase. Which way is better: decrease for emissions or waste to landfill.`,
  'result_indicators.accumulation': `Coded: ${oneOf(RESULT_ACCUMULATIONS)}; blank = level. level: each actual is the state at the period's end; incremental: each period's actual adds to the total (an incremental indicator must increase).`,
  'result_indicators.baseline': 'Number: the value before the pairing acted; blank counts 0 for an incremental indicator. None for a qualitative one. Percentages: see below.',
  'result_indicators.baseline_date': 'Date the baseline was measured.',
  'result_indicators.framework_ref': 'Text: the results-framework indicator this one reports to, e.g. GERF 2.5; compared trimmed and case-insensitively, reported as first written.',
  'result_indicators.sdg_targets': SDG_NOTE,
  'result_values.indicator_id': 'Text, required: an indicator_id of the Result indicators sheet. One row per indicator and reporting period.',
  'result_values.period_start': 'Date, required: first day of the reporting period.',
  'result_values.period_end': 'Date, required: last day of the period, on or after period_start. Periods of one indicator must not overlap.',
  'result_values.target': 'Number: the target for this period (level: the state to reach by its end; incremental: what this period adds). Percentages: see below.',
  'result_values.actual': 'Number: the value reached; blank while not reported. Percentages: see below.',
  'result_values.comment': 'Text: the narrative; the only value a qualitative indicator takes.',
  'outcomes.outcome_id': 'Text, required, unique: the outcome\'s id.',
  'outcomes.pairing_id': PAIRING_REF,
  'outcomes.entity_id': 'Text, required: the member where the change happened, an entity_id that is a member of that pairing.',
  'outcomes.date': 'Date, required: when the change was observed.',
  'outcomes.description': 'Text, required: who changed what, when and where.',
  'outcomes.change_type': `Coded, required: ${oneOf(CHANGE_TYPES)}. policy: a plan, strategy or regulation adopted; practice: a new way of working or service; investment: money committed or mobilised; relationship: a partnership, MoU or network; capacity: skills, knowledge, institutions; agenda: an issue taken up by decision makers.`,
  'outcomes.actor_helix': `Coded: the helix of the actor who changed, ${oneOf(HELIX_VALUES)} (the synonyms of helix are understood).`,
  'outcomes.significance': `Coded: ${oneOf(SIGNIFICANCE_LEVELS)}.`,
  'outcomes.contribution': 'Text: how the pairing contributed to the change.',
  'outcomes.evidence': 'Text: source, document or link.',
  'outcomes.substantiation': `Coded: ${oneOf(SUBSTANTIATION_STATES)}; blank = unverified.`,
  'outcomes.amount_eur': 'Number: money committed or mobilised, in euros, zero or more.',
  'outcomes.sdg_targets': SDG_NOTE,
  'outcomes.indicator_id': 'Text: the result indicator this outcome evidences; it must belong to the same pairing.',
};

function columnGuide(): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  const notes: Record<string, string> = {
    entity_id: 'Unique id of the city or region in this workbook.',
    name: 'Name as the programme writes it.',
    country: 'ISO 3166-1 alpha-2 code (NL) or English name (Netherlands).',
    kind: 'city (default), region, metropolitan area or consortium.',
    region: 'Programme region; leave blank to derive it from the country (UN M49).',
    population: 'Whole number.',
    latitude: 'Decimal degrees; blank to look the city up offline.',
    longitude: 'Decimal degrees.',
    gcom_signatory: 'Signatory of the Global Covenant of Mayors: yes/no (y, true, 1, x = yes; blank = no).',
    gcom_joined: 'Date the entity joined GCoM.',
    gcom_action_plan: 'A climate action plan has been submitted: yes/no.',
    pairing_id: 'Unique id of the pairing (the other sheets refer to it).',
    title: 'e.g. "Rotterdam - Surat".',
    programme: 'IUC, IURC, ...',
    component: 'city-to-city (default) or region-to-region.',
    start_date: 'Date: 2018-03-01, 01/03/2018 (day first) or March 2018.',
    end_date: 'Blank while the pairing is ongoing.',
    status: 'planned, active or completed.',
    action_plan: 'Joint action plan (UCAP / Local Action Plan): none, drafting or adopted.',
    pilot_projects: 'Number of pilot projects.',
    side: 'Usually EU or partner.',
    theme: 'One of the six IUC streams or three IURC networks; other themes are kept with a warning.',
    primary: 'yes for the pairing\'s main theme.',
    organisation: 'Name of the stakeholder organisation.',
    helix: 'academia, business, government or civil society (synonyms such as university, SME, municipality, NGO are understood).',
    participants: 'People involved (stakeholders default to 1; blank activity participants count 0).',
    date: 'Date of the activity.',
    type: 'study visit, webinar, workshop, staff exchange, training, conference or other.',
    description: 'Free text.',
  };
  for (const spec of CANONICAL_SHEETS) {
    lines.push([`Sheet ${spec.sheet}`, spec.required ? '(required)' : '(optional)']);
    for (const c of spec.columns) lines.push([`  ${c.name}${c.required ? ' *' : ''}`, RESULT_NOTES[`${spec.table}.${c.name}`] ?? notes[c.name] ?? '']);
  }
  lines.push(['', '* required column. Sheet and column names match case-, accent-, space- and underscore-insensitively.']);
  lines.push(['Percentages', PERCENTAGE_RULE]);
  return lines;
}

await writeProgrammeWorkbook(fileURLToPath(new URL('iuc-programme.xlsx', dir)), tables, {
  title: 'Twinlens sample programme: IUC pairings (2017-2020)',
  lines: [...README_INTRO, ['Columns', ''], ...columnGuide()],
}, { percentCell });
await writeProgrammeWorkbook(
  fileURLToPath(new URL('programme-template.xlsx', dir)),
  emptyTables(),
  { title: 'Twinlens programme workbook template', lines: [
    ['How to use', 'Fill in one row per entity, pairing, member, theme, stakeholder and activity. Entities, Pairings and Members are required; the other sheets are optional. This README sheet is ignored on import.'],
    ['Results', 'What the cooperation achieved, optionally: Result indicators (per pairing, output, outcome or impact, with a baseline), Result values (a target and an actual per indicator and reporting period) and Outcomes (observed changes: a policy adopted, money mobilised, a partnership signed, ...).'],
    ['', ''],
    ...columnGuide(),
  ] },
);

// The flat list: the same pairings as programme offices keep them, one row per pairing.
const csvCell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const sideCells = (p: SourcePairing, side: 'EU' | 'partner') => {
  const ms = p.members.filter((m) => m.side === side);
  const countries = [...new Set(ms.map((m) => countryName(m.country)))];
  return [ms.map((m) => m.name).join(' & '), countries.length === 1 ? countries[0]! : ms.map((m) => countryName(m.country)).join(' & ')];
};
const lines = [['Pairing ID', 'EU city', 'EU country', 'Partner city', 'Partner country', 'Themes', 'Programme', 'Component', 'Start', 'End']];
for (const [i, p] of source.entries()) {
  const pairing = tables.pairings[i]!;
  lines.push([p.id, ...sideCells(p, 'EU'), ...sideCells(p, 'partner'), p.themes.join('; '), p.programme, p.component, pairing.start_date ?? '', pairing.end_date ?? '']);
}
writeFileSync(new URL('iuc-pairings.csv', dir), `${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`);
console.error(`sample-data: ${tables.pairings.length} pairings, ${tables.entities.length} entities, ${tables.stakeholders.length} stakeholders, ${tables.activities.length} activities`);
const tally = (values: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
};
console.error(`  results (illustrative): ${tables.result_indicators.length} indicators (${tally(tables.result_indicators.map((r) => r.level))}), ${tables.result_values.length} values`);
console.error(`  statuses: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`);
console.error(`  outcomes: ${tables.outcomes.length} (${tally(tables.outcomes.map((o) => o.change_type))}; ${tally(tables.outcomes.map((o) => o.substantiation))}), in ${new Set(tables.outcomes.map((o) => o.pairing_id)).size} pairings`);
