/**
 * Seeded generator of programme workbooks for benchmarks: realistic shapes (2-3 members a
 * pairing, 1-3 themes, a government-heavy helix mix), any size.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVITY_TYPES, type Entity, THEME_CATALOGUE } from '../src-main/shared/domain.js';
import { type ProgrammeTables, writeProgrammeWorkbook } from '../src-main/core/export/programme-workbook.js';
import { addMonths, isoDay, seededRandom } from '../scripts/lib/random.js';

export const SCALES = {
  S: { pairings: 100, stakeholders: 1_000 },
  M: { pairings: 10_000, stakeholders: 100_000 },
  L: { pairings: 100_000, stakeholders: 1_000_000 },
} as const;
export type Scale = keyof typeof SCALES;

const COUNTRIES = ['NL', 'IT', 'ES', 'FR', 'DE', 'SE', 'PT', 'PL', 'IN', 'CN', 'JP', 'US', 'CA', 'MX', 'BR', 'CO', 'AR', 'PE', 'ZA', 'AU', 'VN', 'KR'];
const EU = new Set(['NL', 'IT', 'ES', 'FR', 'DE', 'SE', 'PT', 'PL']);

export function generateProgramme(pairings: number, stakeholders: number, seed = 42): ProgrammeTables {
  const rnd = seededRandom(seed);
  const entityCount = Math.max(4, Math.round(pairings * 0.6));
  const entities: Entity[] = [];
  for (let i = 0; i < entityCount; i++) {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const signatory = rnd.next() < 0.5;
    entities.push({
      entity_id: `E${i + 1}`, name: `City ${i + 1}`, country, kind: rnd.next() < 0.9 ? 'city' : 'region', region: null as unknown as string,
      population: rnd.int(50_000, 5_000_000), latitude: null, longitude: null, gcom_signatory: signatory,
      gcom_joined: signatory ? isoDay(rnd.int(2012, 2023), rnd.int(1, 12), rnd.int(1, 28)) : null, gcom_action_plan: signatory && rnd.next() < 0.6,
    });
  }
  const countryOf = new Map(entities.map((e) => [e.entity_id, e.country]));
  const eu = entities.filter((e) => EU.has(e.country));
  const partners = entities.filter((e) => !EU.has(e.country));
  const t: ProgrammeTables = { entities, pairings: [], members: [], themes: [], stakeholders: [], activities: [] };
  for (let p = 0; p < pairings; p++) {
    const id = `P${p + 1}`;
    const start = isoDay(rnd.int(2016, 2024), rnd.int(1, 12), 1);
    const ongoing = rnd.next() < 0.2;
    t.pairings.push({
      pairing_id: id, title: null, programme: rnd.weighted([['IUC', 3], ['IURC', 2]] as const), component: rnd.next() < 0.8 ? 'city-to-city' : 'region-to-region',
      start_date: start, end_date: ongoing ? null : addMonths(start, rnd.int(12, 36)), status: ongoing ? 'active' : 'completed',
      action_plan: rnd.weighted([['adopted', 5], ['drafting', 3], ['none', 2]] as const), pilot_projects: rnd.int(0, 5),
    });
    const members = new Set([rnd.pick(eu).entity_id, rnd.pick(partners).entity_id]);
    if (rnd.next() < 0.1) members.add(rnd.pick(partners).entity_id);
    for (const m of members) t.members.push({ pairing_id: id, entity_id: m, side: EU.has(countryOf.get(m)!) ? 'EU' : 'partner' });
    const themes = new Set<string>();
    const themeCount = rnd.weighted([[1, 5], [2, 3], [3, 1]] as const);
    while (themes.size < themeCount) themes.add(rnd.pick(THEME_CATALOGUE));
    [...themes].forEach((theme, i) => t.themes.push({ pairing_id: id, theme, primary: i === 0 }));
    for (let a = rnd.int(1, 5); a > 0; a--) {
      t.activities.push({ pairing_id: id, date: addMonths(start, rnd.int(0, 12)), type: rnd.pick(ACTIVITY_TYPES), participants: rnd.int(0, 60), description: null });
    }
  }
  for (let s = 0; s < stakeholders; s++) {
    const pairing = t.pairings[s % pairings]!;
    t.stakeholders.push({
      pairing_id: pairing.pairing_id, entity_id: null, organisation: `Organisation ${s + 1}`,
      helix: rnd.weighted([['government', 4], ['academia', 3], ['business', 2], ['civil society', 2]] as const), participants: rnd.int(1, 20),
    });
  }
  return t;
}

/** Bump when the generator changes, so cached workbooks are rebuilt. */
const GENERATOR_VERSION = 2;

/** The scale's workbook under bench/data, generated once and reused (the seed is fixed). */
export async function programmeWorkbook(scale: Scale, dir = join(import.meta.dirname, 'data')): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `programme-${scale}-v${GENERATOR_VERSION}.xlsx`);
  if (existsSync(path)) return path;
  const { pairings, stakeholders } = SCALES[scale];
  const partial = `${path}.partial`;
  await writeProgrammeWorkbook(partial, generateProgramme(pairings, stakeholders));
  renameSync(partial, path);
  return path;
}
