/**
 * Rebuilds sample-data/ from sample-data/source/iuc-pairings.json (the real IUC pairings
 * named in the source documents). Pairings, cities, countries, components and themes are
 * real; stakeholders, GCoM status, dates, action plans and activities are illustrative,
 * drawn from a seeded generator and labelled as such in the workbook's README sheet.
 *
 *   npm run sample-data
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ACTIVITY_TYPES, type Activity, type Entity, HELIX_VALUES, type Member, type Pairing, type PairingTheme, type Stakeholder } from '../src-main/shared/domain.js';
import { countryName } from '../src-main/core/import/countries.js';
import { type ProgrammeTables, writeProgrammeWorkbook } from '../src-main/core/export/programme-workbook.js';
import { CANONICAL_SHEETS } from '../src-main/core/import/sheet-specs.js';
import { headerKey } from '../src-main/core/import/header-key.js';
import { addMonths, isoDay, seededRandom } from './lib/random.js';

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
const tables: ProgrammeTables = { entities: [], pairings: [], members: [], themes: [], stakeholders: [], activities: [] };
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

const README_INTRO: Array<[string, string]> = [
  ['What this is', 'A sample programme for Twinlens: the real pairings of the EU International Urban Cooperation (IUC) programme that are named in its public documents (best-practice brochure, call for cities, North America 2018 cohort), 2017-2020.'],
  ['Real', 'Pairings, their cities and regions, countries, components (city-to-city, region-to-region), themes and the 2018 North America cohort. Hirosaki and Donostia-San Sebastián as GCoM signatories.'],
  ['ILLUSTRATIVE', 'Everything else: stakeholders, participants, GCoM status and join dates, pairing dates and status, joint action plan state, pilot projects and activities are generated (seeded) for demonstration. Do not cite them as facts about the IUC.'],
  ['Coverage', `The documents name ${source.length} of the programme's 102 pairings (82 city, 20 region); this file holds those ${source.length}.`],
  ['Rebuild', 'npm run sample-data (scripts/build-sample-data.ts).'],
  ['', ''],
];

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
    pairing_id: 'Unique id of the pairing (Members, Themes, Stakeholders and Activities refer to it).',
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
    for (const c of spec.columns) lines.push([`  ${c.name}${c.required ? ' *' : ''}`, notes[c.name] ?? '']);
  }
  lines.push(['', '* required column. Sheet and column names match case-, accent-, space- and underscore-insensitively.']);
  return lines;
}

await writeProgrammeWorkbook(fileURLToPath(new URL('iuc-programme.xlsx', dir)), tables, {
  title: 'Twinlens sample programme: IUC pairings (2017-2020)',
  lines: [...README_INTRO, ['Columns', ''], ...columnGuide()],
});
await writeProgrammeWorkbook(
  fileURLToPath(new URL('programme-template.xlsx', dir)),
  { entities: [], pairings: [], members: [], themes: [], stakeholders: [], activities: [] },
  { title: 'Twinlens programme workbook template', lines: [
    ['How to use', 'Fill in one row per entity, pairing, member, theme, stakeholder and activity. Entities, Pairings and Members are required; the other sheets are optional. This README sheet is ignored on import.'],
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
