/**
 * Seeded generator of programmes for benchmarks, any size, written as the canonical
 * workbook (one sheet per table) and as the canonical CSV form (one CSV per sheet).
 *
 * Shapes follow the real IUC/IURC lists: 2 members a pairing (a few 3 or 4), 1-3 themes
 * (most one), 1-5 activities, stakeholders spread unevenly (some pairings have none, some
 * dozens), a government-heavy helix mix that varies per pairing, organisations that recur.
 * The stakeholder table, ten times the pairings, is never held whole: it is generated as
 * it is written, from its own seeded stream, so L (a million rows) writes in bounded memory.
 * Results come at the sample programme's density (scripts/lib/results.ts): 2-4 result
 * indicators a pairing, yearly values over three years (streamed like the stakeholders,
 * about 2.9 rows an indicator) and 0-4 harvested outcomes, each from a stream of its own so
 * that the other tables are as before.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ACTIVITY_TYPES, type Entity, HELIX_VALUES, type Helix, type ResultValue, type Stakeholder, THEME_CATALOGUE } from '../src-main/shared/domain.js';
import type { ProgrammeTables } from '../src-main/core/export/programme-workbook.js';
import { CANONICAL_SHEETS } from '../src-main/core/import/sheet-specs.js';
import { addMonths, isoDay, seededRandom } from '../scripts/lib/random.js';
import { type IndicatorPlan, type MemberRef, outcomesFor, type Period, type PlannedIndicator, planIndicators, themeGroup, valuesFor, yearlyPeriods } from '../scripts/lib/results.js';

export const SCALES = {
  S: { pairings: 100, stakeholders: 1_000 },
  M: { pairings: 10_000, stakeholders: 100_000 },
  L: { pairings: 100_000, stakeholders: 1_000_000 },
} as const;
export type Scale = keyof typeof SCALES;

export const COUNTRIES = ['NL', 'IT', 'ES', 'FR', 'DE', 'SE', 'PT', 'PL', 'IN', 'CN', 'JP', 'US', 'CA', 'MX', 'BR', 'CO', 'AR', 'PE', 'ZA', 'AU', 'VN', 'KR'];
const EU = new Set(['NL', 'IT', 'ES', 'FR', 'DE', 'SE', 'PT', 'PL']);
const HELIX_WEIGHTS: ReadonlyArray<readonly [Helix, number]> = [['government', 4], ['academia', 3], ['business', 2], ['civil society', 2]];

/** Every table but stakeholders and result values, plus replayable streams of those two. */
export interface GeneratedProgramme {
  tables: Omit<ProgrammeTables, 'stakeholders' | 'result_values'>;
  stakeholderCount: number;
  stakeholders: () => Generator<Stakeholder>;
  resultValues: () => Generator<ResultValue>;
}

export function generateStreaming(pairings: number, stakeholders: number, seed = 42): GeneratedProgramme {
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
  const nameOf = new Map(entities.map((e) => [e.entity_id, e.name]));
  const t: GeneratedProgramme['tables'] = { entities, pairings: [], members: [], themes: [], activities: [], result_indicators: [], outcomes: [] };
  const results = seededRandom(seed + 2);
  const plans: IndicatorPlan[] = [];
  // Three yearly periods from the pairing's start year: one array per start year, shared.
  const periodsFrom = new Map<number, Period[]>();
  const periods = (from: number) => periodsFrom.get(from) ?? periodsFrom.set(from, yearlyPeriods(from, from + 2)).get(from)!;
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
    const extra = rnd.weighted([[0, 85], [1, 12], [2, 3]] as const);
    for (let k = 0; k < extra; k++) members.add(rnd.pick(rnd.next() < 0.5 ? eu : partners).entity_id);
    for (const m of members) t.members.push({ pairing_id: id, entity_id: m, side: EU.has(countryOf.get(m)!) ? 'EU' : 'partner' });
    const themes = new Set<string>();
    const themeCount = rnd.weighted([[1, 5], [2, 3], [3, 1]] as const);
    while (themes.size < themeCount) themes.add(rnd.pick(THEME_CATALOGUE));
    [...themes].forEach((theme, i) => t.themes.push({ pairing_id: id, theme, primary: i === 0 }));
    for (let a = rnd.int(1, 5); a > 0; a--) {
      t.activities.push({ pairing_id: id, date: addMonths(start, rnd.int(0, 12)), type: rnd.pick(ACTIVITY_TYPES), participants: rnd.int(0, 60), description: null });
    }
    const refs: MemberRef[] = [...members].map((m) => ({ entity_id: m, name: nameOf.get(m)!, side: EU.has(countryOf.get(m)!) ? 'EU' : 'partner' }));
    const groups = [...new Set([...themes].map(themeGroup))];
    const year = Number(start.slice(0, 4));
    const planned: PlannedIndicator[] = planIndicators({
      pairingId: id,
      groups,
      members: refs,
      periods: (template) => (template.level === 'impact' && results.next() < 0.5 ? periods(year).slice(1) : periods(year)),
      baselineDate: `${year - 1}-12-31`,
    }, results);
    for (const { indicator, plan } of planned) {
      t.result_indicators.push(indicator);
      plans.push(plan);
    }
    t.outcomes.push(...outcomesFor({ pairingId: id, group: groups[0] ?? 'general', members: refs, from: addMonths(start, 4), to: addMonths(start, 40), indicators: planned }, results));
  }
  const ids = t.pairings.map((p) => p.pairing_id);
  return {
    tables: t,
    stakeholderCount: stakeholders,
    stakeholders: () => stakeholderRows(ids, stakeholders, seed + 1),
    resultValues: () => resultValueRows(t.result_indicators, plans, seed + 3),
  };
}

/** Each indicator's yearly values, drawn as they are written. */
function* resultValueRows(indicators: GeneratedProgramme['tables']['result_indicators'], plans: readonly IndicatorPlan[], seed: number): Generator<ResultValue> {
  const rnd = seededRandom(seed);
  for (const [i, indicator] of indicators.entries()) yield* valuesFor(indicator, plans[i]!, rnd);
}

/**
 * Stakeholders pairing by pairing: each pairing gets a share drawn from a skewed
 * distribution (a tenth get none, a few get three times the mean), scaled to `total`
 * exactly, and leans towards one helix of its own.
 */
function* stakeholderRows(pairingIds: readonly string[], total: number, seed: number): Generator<Stakeholder> {
  const rnd = seededRandom(seed);
  const weights = pairingIds.map(() => (rnd.next() < 0.1 ? 0 : rnd.weighted([[0.3, 3], [0.8, 4], [1.5, 3], [3, 1]] as const) * (0.5 + rnd.next())));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % counts.length) {
    if (weights[i]! > 0 || i === counts.length - 1) {
      counts[i]!++;
      missing--;
    }
  }
  const organisations = Math.max(1, Math.round(total / 3));
  for (const [p, pairing_id] of pairingIds.entries()) {
    const lean = rnd.pick(HELIX_VALUES);
    for (let k = 0; k < counts[p]!; k++) {
      const helix = rnd.next() < 0.25 ? lean : rnd.weighted(HELIX_WEIGHTS);
      yield { pairing_id, entity_id: null, organisation: `${helix === 'civil society' ? 'Association' : helix === 'academia' ? 'University' : helix === 'business' ? 'Company' : 'Agency'} ${rnd.int(1, organisations)}`, helix, participants: rnd.int(1, 20) };
    }
  }
}

/** The whole programme in memory (small scales and tests). */
export function generateProgramme(pairings: number, stakeholders: number, seed = 42): ProgrammeTables {
  const g = generateStreaming(pairings, stakeholders, seed);
  return { ...g.tables, stakeholders: [...g.stakeholders()], result_values: [...g.resultValues()] };
}

function rowsOf(g: GeneratedProgramme, table: keyof ProgrammeTables): Iterable<Record<string, unknown>> {
  return (table === 'stakeholders' ? g.stakeholders() : table === 'result_values' ? g.resultValues() : g.tables[table]) as Iterable<Record<string, unknown>>;
}

const DATE_COLUMNS = new Set(['gcom_joined', 'start_date', 'end_date', 'date', 'baseline_date', 'period_start', 'period_end']);
const YES_NO_COLUMNS = new Set(['gcom_signatory', 'gcom_action_plan', 'primary']);

/**
 * exceljs's streaming writer never pushes back (its StreamBuf always accepts), so rows made
 * faster than zlib compresses them pile up as Buffers: wait while they stand 64 MB above what
 * the process held when the workbook began, for as long as they drain. Buffers that stop
 * draining are not the zip's backlog (exceljs keeps some of its own): waiting on them made
 * every wait run to its limit, 10 s every 5,000 rows, and the L workbook took hours.
 */
async function zipCatchUp(baseline: number): Promise<void> {
  await new Promise((r) => setImmediate(r));
  const bar = baseline + 64 * 2 ** 20;
  let held = process.memoryUsage().arrayBuffers;
  for (let still = 0; held > bar && still < 20; ) {
    await new Promise((r) => setTimeout(r, 5));
    const now = process.memoryUsage().arrayBuffers;
    still = now < held ? 0 : still + 1;
    held = now;
  }
}

/** The canonical workbook through exceljs's streaming writer: rows leave memory as written. */
export async function writeWorkbookStreaming(path: string, g: GeneratedProgramme): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const baseline = process.memoryUsage().arrayBuffers;
  for (const spec of CANONICAL_SHEETS) {
    const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({
      header: c.name, key: c.name, width: Math.max(12, c.name.length + 4),
      ...(DATE_COLUMNS.has(c.name) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    let n = 0;
    for (const record of rowsOf(g, spec.table)) {
      sheet.addRow(spec.columns.map((c) => {
        const v = record[c.name];
        if (v === null || v === undefined) return null;
        if (DATE_COLUMNS.has(c.name)) return new Date(`${v as string}T00:00:00Z`);
        if (YES_NO_COLUMNS.has(c.name)) return v ? 'yes' : 'no';
        return v as ExcelJS.CellValue;
      })).commit();
      if (++n % 5_000 === 0) await zipCatchUp(baseline);
    }
    sheet.commit();
  }
  await workbook.commit();
}

const csvField = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** results.md's file names: result-indicators.csv, result-values.csv, outcomes.csv, ... */
const csvName = (table: string) => `${table.replaceAll('_', '-')}.csv`;

/** One CSV per sheet (entities.csv, pairings.csv, ..., result-values.csv, outcomes.csv), UTF-8, comma-separated. */
export async function writeCsvFiles(dir: string, g: GeneratedProgramme): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const spec of CANONICAL_SHEETS) {
    const path = join(dir, csvName(spec.table));
    const out = createWriteStream(path);
    let chunk = `${spec.columns.map((c) => c.name).join(',')}\n`;
    for (const record of rowsOf(g, spec.table)) {
      chunk += `${spec.columns.map((c) => csvField(record[c.name])).join(',')}\n`;
      if (chunk.length > 1 << 16) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
    out.end(chunk);
    await once(out, 'finish');
    paths.push(path);
  }
  return paths;
}

/** Bump when the generator changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 4;

export interface ProgrammeFiles {
  xlsx: string;
  /** The same programme, one CSV per sheet. */
  csv: string[];
}

/** The scale's files under bench/data, generated once and reused (the seed is fixed). */
export async function programmeFiles(scale: Scale, dir = join(import.meta.dirname, 'data'), log: (s: string) => void = () => {}): Promise<ProgrammeFiles> {
  mkdirSync(dir, { recursive: true });
  const { pairings, stakeholders } = SCALES[scale];
  const base = join(dir, `programme-${scale}-v${GENERATOR_VERSION}`);
  const xlsx = `${base}.xlsx`;
  const csvDir = `${base}-csv`;
  const csv = CANONICAL_SHEETS.map((s) => join(csvDir, csvName(s.table)));
  let g: GeneratedProgramme | null = null;
  const generated = () => (g ??= generateStreaming(pairings, stakeholders));
  if (!existsSync(xlsx)) {
    log(`  writing ${xlsx}`);
    await writeWorkbookStreaming(`${xlsx}.partial`, generated());
    renameSync(`${xlsx}.partial`, xlsx);
  }
  if (!existsSync(csvDir)) {
    log(`  writing ${csvDir}/`);
    rmSync(`${csvDir}.partial`, { recursive: true, force: true });
    await writeCsvFiles(`${csvDir}.partial`, generated());
    renameSync(`${csvDir}.partial`, csvDir);
  }
  return { xlsx, csv };
}

/** The scale's workbook alone. */
export async function programmeWorkbook(scale: Scale, dir?: string): Promise<string> {
  return (await programmeFiles(scale, dir)).xlsx;
}
