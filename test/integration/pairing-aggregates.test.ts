/**
 * The per-pairing aggregates (store/schema/0002_pairing_aggregates.sql, and the integer-keyed
 * results tables of 0003_results.sql) are derived data: whatever happened to a project, they
 * must equal a recomputation from its dataset. Checked on real DuckDB files after an import,
 * a second import that replaces the dataset, failed imports, and the migration of schema-1
 * and schema-2 projects that already hold a dataset. The
 * recomputation here works from the dataset's own tables and text ids, in its own way
 * (SQL per table, Pielou's evenness in TypeScript), not by rerunning the derive SQL.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { SCHEMA_VERSION } from '../../src-main/core/store/migrations.js';
import { Project } from '../../src-main/core/store/project.js';
import type { Indicators } from '../../src-main/shared/indicators.js';
import { RESULTS_PROGRAMME, RESULTS_SHEETS } from '../fixtures/results-programme.js';
import { SMALL_PROGRAMME } from '../fixtures/small-programme.js';
import { REPO } from '../helpers/cli.js';
import { tempDir, writeWorkbook } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const dir = tempDir('twinlens-aggregates-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, unknown>;

async function rows(c: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await c.runAndReadAll(sql)).getRowObjectsJS() as Row[];
}

/** Rows as sorted JSON lines: equal tables compare equal whatever their order. */
const canonical = (list: Row[]) =>
  list.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? Number(v.toPrecision(12)) : v))).sort();

/** Each derived table as it is stored, with pk and ek turned back into text ids. */
const STORED: Record<string, string> = {
  pairing_keys: `SELECT pairing_id, programme, component, status, start_date, end_date, action_plan, pilot_projects, duration_months, themes FROM pairing_keys`,
  pairing_members: `SELECT k.pairing_id, m.entity_id, m.region, m.country, m.gcom_signatory, m.gcom_action_plan, m.joined_during
                    FROM pairing_members m JOIN pairing_keys k USING (pk)`,
  pairing_regions: 'SELECT k.pairing_id, r.region, r.region_key FROM pairing_regions r JOIN pairing_keys k USING (pk)',
  pairing_flows: 'SELECT k.pairing_id, f.level, f.a, f.b FROM pairing_flows f JOIN pairing_keys k USING (pk)',
  pairing_themes: 'SELECT k.pairing_id, t.theme, t.theme_key FROM pairing_themes t JOIN pairing_keys k USING (pk)',
  pairing_theme_pairs: 'SELECT k.pairing_id, t.a, t.b FROM pairing_theme_pairs t JOIN pairing_keys k USING (pk)',
  pairing_activities: 'SELECT k.pairing_id, a.type, a.activities, a.participants FROM pairing_activities a JOIN pairing_keys k USING (pk)',
  pairing_helices: 'SELECT k.pairing_id, h.helix, h.organisations, h.participants FROM pairing_helices h JOIN pairing_keys k USING (pk)',
  pairing_stakeholders: `SELECT k.pairing_id, s.organisations, s.participants, s.helices, s.academia, s.business, s.government, s.civil_society, s.evenness
                         FROM pairing_stakeholders s JOIN pairing_keys k USING (pk)`,
  pairing_result_indicators: `SELECT k.pairing_id, m.entity_id, i.indicator_id, i.level, i.measure, i.direction, i.accumulation, i.baseline,
                                     i.framework_key, i.unit, i.sdg_targets
                              FROM pairing_result_indicators i JOIN pairing_keys k USING (pk)
                              LEFT JOIN (SELECT DISTINCT ek, entity_id FROM pairing_members) m ON m.ek = i.ek`,
  pairing_result_values: `SELECT i.indicator_id, v.period_start, v.period_end, v.target, v.actual
                          FROM pairing_result_values v JOIN pairing_result_indicators i USING (ik)`,
  pairing_outcomes: `SELECT k.pairing_id, m.entity_id, o.outcome_id, o.date, o.change_type, o.actor_helix, o.significance, o.substantiation,
                            o.amount_eur, o.sdg_targets
                     FROM pairing_outcomes o JOIN pairing_keys k USING (pk)
                     JOIN (SELECT DISTINCT ek, entity_id FROM pairing_members) m ON m.ek = o.ek`,
  pairing_result_achievements: `SELECT i.indicator_id, a.period_end, a.actual, a.target, a.achievement, a.status, a.previous_achievement
                                FROM pairing_result_achievements a JOIN pairing_result_indicators i USING (ik)`,
  pairing_result_states: `SELECT i.indicator_id, k.pairing_id, m.entity_id, s.level, s.quantitative, s.baseline, s.framework_key, s.unit,
                                 s.reported_end, s.actual, s.target, s.achievement, s.previous_achievement, s.status
                          FROM pairing_result_states s JOIN pairing_result_indicators i USING (ik) JOIN pairing_keys k ON k.pk = s.pk
                          LEFT JOIN (SELECT DISTINCT ek, entity_id FROM pairing_members) m ON m.ek = s.ek`,
  pairing_result_due: 'SELECT k.pairing_id, d.period_end, d.due, d.reported FROM pairing_result_due d JOIN pairing_keys k USING (pk)',
  pairing_sdg_targets: 'SELECT k.pairing_id, s.target, s.indicators, s.first_outcome FROM pairing_sdg_targets s JOIN pairing_keys k USING (pk)',
  pairing_sdg_outcomes: 'SELECT k.pairing_id, s.target, s.date, s.outcomes FROM pairing_sdg_outcomes s JOIN pairing_keys k USING (pk)',
  result_framework_refs: 'SELECT framework_key, framework_ref FROM result_framework_refs',
};

/** The same tables recomputed from the dataset (indicators.md's definitions, by text id). */
const EXPECTED: Record<string, string> = {
  pairing_keys: `SELECT p.pairing_id, lower(trim(p.programme)) AS programme, lower(trim(p.component)) AS component, lower(trim(p.status)) AS status,
                        p.start_date, p.end_date, p.action_plan, p.pilot_projects,
                        CASE WHEN p.start_date IS NOT NULL AND p.end_date IS NOT NULL THEN date_diff('month', p.start_date, p.end_date) END AS duration_months,
                        (SELECT count(DISTINCT t.theme) FROM themes t WHERE t.pairing_id = p.pairing_id) AS themes
                 FROM pairings p`,
  pairing_members: `SELECT DISTINCT m.pairing_id, e.entity_id, e.region, e.country, e.gcom_signatory, e.gcom_action_plan,
                           CASE WHEN e.gcom_signatory AND e.gcom_joined IS NOT NULL AND p.start_date IS NOT NULL
                                     AND e.gcom_joined BETWEEN p.start_date AND coalesce(p.end_date, DATE '9999-12-31')
                                THEN true ELSE false END AS joined_during
                    FROM members m JOIN entities e USING (entity_id) JOIN pairings p USING (pairing_id)`,
  pairing_regions: 'SELECT DISTINCT m.pairing_id, e.region, lower(trim(e.region)) AS region_key FROM members m JOIN entities e USING (entity_id)',
  pairing_flows: `WITH mm AS (SELECT DISTINCT m.pairing_id, e.entity_id, e.region, e.country FROM members m JOIN entities e USING (entity_id))
                  SELECT DISTINCT * FROM (
                    SELECT x.pairing_id, 'region' AS level, least(x.region, y.region) AS a, greatest(x.region, y.region) AS b
                    FROM mm x JOIN mm y ON x.pairing_id = y.pairing_id AND x.entity_id <> y.entity_id
                    UNION ALL
                    SELECT x.pairing_id, 'country', least(x.country, y.country), greatest(x.country, y.country)
                    FROM mm x JOIN mm y ON x.pairing_id = y.pairing_id AND x.entity_id <> y.entity_id)`,
  pairing_themes: 'SELECT DISTINCT pairing_id, theme, lower(trim(theme)) AS theme_key FROM themes',
  pairing_theme_pairs: `SELECT DISTINCT x.pairing_id, x.theme AS a, y.theme AS b
                        FROM themes x JOIN themes y ON x.pairing_id = y.pairing_id AND x.theme < y.theme`,
  pairing_activities: `SELECT pairing_id, coalesce(type, 'unspecified') AS type, count(*) AS activities, sum(participants) AS participants
                       FROM activities GROUP BY ALL`,
  pairing_helices: 'SELECT pairing_id, helix, count(*) AS organisations, sum(participants) AS participants FROM stakeholders GROUP BY ALL',
  // framework_ref and unit are trimmed at import; the derived table keeps them as the
  // results queries compare them (results.md section 4).
  pairing_result_indicators: `SELECT pairing_id, entity_id, indicator_id, level, measure, direction, accumulation, baseline,
                                     nullif(lower(framework_ref), '') AS framework_key, coalesce(unit, '') AS unit,
                                     coalesce(str_split(sdg_targets, '; '), []) AS sdg_targets
                              FROM result_indicators`,
  pairing_result_values: 'SELECT indicator_id, period_start, period_end, target, actual FROM result_values',
  pairing_outcomes: `SELECT pairing_id, entity_id, outcome_id, date, change_type, actor_helix, significance, substantiation, amount_eur,
                            coalesce(str_split(sdg_targets, '; '), []) AS sdg_targets
                     FROM outcomes`,
  pairing_result_due: `SELECT r.pairing_id, v.period_end, count(*) AS due, count(v.actual) AS reported
                       FROM result_values v JOIN result_indicators r USING (indicator_id)
                       WHERE r.measure <> 'qualitative' AND v.target IS NOT NULL GROUP BY ALL`,
};

/** Half away from zero to 1 decimal, as DuckDB's round() does it (std::round of x * 10). */
const round1 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;

/**
 * The achievements of results.md section 3, worked out here row by row in TypeScript: per
 * reported row of a quantitative indicator (that row as p*), and each indicator's latest state.
 */
async function expectedAchievements(c: DuckDBConnection): Promise<{ achievements: Row[]; states: Row[] }> {
  const values = new Map<string, Row[]>();
  for (const v of await rows(c, 'SELECT indicator_id, period_end, target, actual FROM result_values ORDER BY indicator_id, period_end')) {
    const list = values.get(String(v.indicator_id)) ?? [];
    list.push(v);
    values.set(String(v.indicator_id), list);
  }
  const achievements: Row[] = [];
  const states: Row[] = [];
  for (const r of await rows(c, 'SELECT * FROM result_indicators')) {
    const id = String(r.indicator_id);
    const incremental = r.accumulation === 'incremental';
    const quantitative = r.measure !== 'qualitative';
    const baseline = r.baseline as number | null;
    let sumActual = 0;
    let sumTarget: number | null = null;
    let previous: number | null = null;
    let latest: Row | null = null;
    for (const v of quantitative ? (values.get(id) ?? []) : []) {
      const target = v.target as number | null;
      const actual = v.actual as number | null;
      if (actual !== null) sumActual += actual;
      if (target !== null) sumTarget = (sumTarget ?? 0) + target;
      if (actual === null) continue;
      const a = incremental ? sumActual : actual;
      const t = incremental ? sumTarget : target;
      const b = incremental ? (baseline ?? 0) : baseline;
      let status: string;
      let achievement: number | null = null;
      if (t === null) status = 'no target';
      else if (b === null) status = 'no baseline';
      else if ((incremental ? t : t - b) === 0) status = 'no change targeted';
      else {
        achievement = round1(incremental ? (100 * a) / t : (100 * (a - b)) / (t - b));
        status = achievement >= 90 ? 'on track' : achievement >= 75 ? 'at risk' : 'off track';
      }
      latest = { indicator_id: id, period_end: v.period_end, actual: a, target: t, achievement, status, previous_achievement: previous };
      achievements.push(latest);
      previous = achievement;
    }
    states.push({
      indicator_id: id,
      pairing_id: r.pairing_id,
      entity_id: r.entity_id,
      level: r.level,
      quantitative,
      baseline,
      framework_key: r.framework_ref === null ? null : String(r.framework_ref).toLowerCase(),
      unit: r.unit ?? '',
      reported_end: latest?.period_end ?? null,
      actual: latest?.actual ?? null,
      target: latest?.target ?? null,
      achievement: latest?.achievement ?? null,
      previous_achievement: latest?.previous_achievement ?? null,
      status: quantitative ? (latest?.status ?? 'no actual') : 'qualitative',
    });
  }
  return { achievements, states };
}

/** Per pairing and SDG target: indicators naming it, outcomes naming it per day; and first spellings. */
async function expectedNamed(c: DuckDBConnection): Promise<Record<string, Row[]>> {
  const targets = new Map<string, Row>();
  const pair = (pairingId: unknown, target: string) => {
    const key = JSON.stringify([pairingId, target]);
    const row = targets.get(key) ?? { pairing_id: pairingId, target, indicators: 0, first_outcome: null };
    targets.set(key, row);
    return row;
  };
  for (const r of await rows(c, 'SELECT pairing_id, sdg_targets FROM result_indicators WHERE sdg_targets IS NOT NULL')) {
    for (const target of String(r.sdg_targets).split('; ')) (pair(r.pairing_id, target).indicators as number)++;
  }
  const outcomes = new Map<string, Row>();
  for (const o of await rows(c, 'SELECT pairing_id, date, sdg_targets FROM outcomes WHERE sdg_targets IS NOT NULL')) {
    for (const target of String(o.sdg_targets).split('; ')) {
      const row = pair(o.pairing_id, target);
      if (row.first_outcome === null || (o.date as Date) < (row.first_outcome as Date)) row.first_outcome = o.date;
      const key = JSON.stringify([o.pairing_id, target, o.date]);
      const day = outcomes.get(key) ?? { pairing_id: o.pairing_id, target, date: o.date, outcomes: 0 };
      (day.outcomes as number)++;
      outcomes.set(key, day);
    }
  }
  // The first spelling in file order: the dataset table holds its rows in file order.
  const refs = new Map<string, string>();
  for (const r of await rows(c, 'SELECT framework_ref FROM result_indicators WHERE framework_ref IS NOT NULL ORDER BY rowid')) {
    const ref = String(r.framework_ref);
    if (!refs.has(ref.toLowerCase())) refs.set(ref.toLowerCase(), ref);
  }
  return {
    pairing_sdg_targets: [...targets.values()],
    pairing_sdg_outcomes: [...outcomes.values()],
    result_framework_refs: [...refs].map(([framework_key, framework_ref]) => ({ framework_key, framework_ref })),
  };
}

const HELICES = ['academia', 'business', 'government', 'civil society'] as const;

/** pairing_stakeholders from the stakeholder rows, Pielou's evenness worked out here. */
async function expectedStakeholders(c: DuckDBConnection): Promise<Row[]> {
  const byPairing = new Map<string, Array<{ helix: string; participants: number }>>();
  for (const r of await rows(c, 'SELECT pairing_id, helix, participants FROM stakeholders')) {
    const list = byPairing.get(String(r.pairing_id)) ?? [];
    list.push({ helix: String(r.helix), participants: Number(r.participants) });
    byPairing.set(String(r.pairing_id), list);
  }
  return [...byPairing].map(([pairingId, list]) => {
    const perHelix = new Map<string, number>();
    for (const s of list) perHelix.set(s.helix, (perHelix.get(s.helix) ?? 0) + s.participants);
    const total = list.reduce((n, s) => n + s.participants, 0);
    let h = 0;
    for (const v of perHelix.values()) if (v > 0 && total > 0) h -= (v / total) * Math.log(v / total);
    const helix = (name: string) => (perHelix.has(name) ? perHelix.get(name)! : null);
    return {
      pairing_id: pairingId,
      organisations: list.length,
      participants: total,
      helices: perHelix.size,
      academia: helix(HELICES[0]),
      business: helix(HELICES[1]),
      government: helix(HELICES[2]),
      civil_society: helix(HELICES[3]),
      evenness: h / Math.log(4) + 0, // + 0: no -0
    };
  });
}

/** Every derived table, as stored and as recomputed. */
async function derivedVsRecomputed(project: Project) {
  return project.withConnection(async (c) => {
    const stored: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const [table, sql] of Object.entries(STORED)) stored[table] = canonical(await rows(c, sql));
    for (const [table, sql] of Object.entries(EXPECTED)) expected[table] = canonical(await rows(c, sql));
    expected.pairing_stakeholders = canonical(await expectedStakeholders(c));
    const { achievements, states } = await expectedAchievements(c);
    expected.pairing_result_achievements = canonical(achievements);
    expected.pairing_result_states = canonical(states);
    for (const [table, list] of Object.entries(await expectedNamed(c))) expected[table] = canonical(list);
    // The keys are keys: one pk per pairing, one ek per entity.
    const [keys] = await rows(
      c,
      `SELECT (SELECT count(DISTINCT pk) FROM pairing_keys) = (SELECT count(*) FROM pairings) AS pk_per_pairing,
              (SELECT count(*) FROM (SELECT DISTINCT ek, entity_id FROM pairing_members))
                = (SELECT count(DISTINCT ek) FROM pairing_members) AS ek_unique,
              (SELECT count(*) FROM (SELECT DISTINCT ek, entity_id FROM pairing_members))
                = (SELECT count(DISTINCT entity_id) FROM pairing_members) AS ek_per_entity,
              (SELECT count(DISTINCT ik) FROM pairing_result_indicators) = (SELECT count(*) FROM result_indicators) AS ik_per_indicator`,
    );
    return { stored, expected, keys };
  });
}

async function expectDerivedUpToDate(project: Project): Promise<Record<string, string[]>> {
  const { stored, expected, keys } = await derivedVsRecomputed(project);
  expect(keys).toEqual({ pk_per_pairing: true, ek_unique: true, ek_per_entity: true, ik_per_indicator: true });
  for (const table of Object.keys(STORED)) expect(stored[table], table).toEqual(expected[table]);
  return stored;
}

/** The small programme with results and outcomes, plus repeats the aggregates must count once. */
const EDGES = {
  ...SMALL_PROGRAMME,
  ...RESULTS_SHEETS,
  Members: [...SMALL_PROGRAMME.Members, ['P2', 'E3', 'EU']],
  Themes: [...SMALL_PROGRAMME.Themes, ['P1', 'blue and green  infrastructure', null], ['P3', 'Smart cities and innovation', 'no']],
  Activities: [...SMALL_PROGRAMME.Activities, ['P3', null, null, null, 'no type, no count']],
};

describe('the per-pairing aggregates always equal a recomputation from the dataset', () => {
  const path = join(dir, 'project.duckdb');
  let afterFirst: Record<string, string[]>;

  test('after an import into a new project file', async () => {
    const edges = await writeWorkbook(join(dir, 'edges.xlsx'), EDGES);
    const project = await Project.open(path);
    try {
      const outcome = await project.importFiles([edges]);
      expect(outcome.ok, JSON.stringify(outcome.report.errors)).toBe(true);
      afterFirst = await expectDerivedUpToDate(project);
      expect(afterFirst.pairing_keys).toHaveLength(4);
      expect(afterFirst.pairing_members).toHaveLength(9);
      expect(afterFirst.pairing_stakeholders).toHaveLength(3);
      expect(afterFirst.pairing_result_indicators).toHaveLength(13);
      expect(afterFirst.pairing_result_values).toHaveLength(22);
      expect(afterFirst.pairing_outcomes).toHaveLength(11);
      // 17 of the 22 values: I01's 2020 H1 and I10's three have no actual, I09 is qualitative.
      expect(afterFirst.pairing_result_achievements).toHaveLength(17);
      expect(afterFirst.result_framework_refs).toEqual([
        '{"framework_key":"gcom emissions","framework_ref":"GCoM emissions"}',
        '{"framework_key":"gerf 2.5","framework_ref":"GERF 2.5"}',
      ]);
    } finally {
      project.close();
    }
  });

  test('after failed imports: unchanged', async () => {
    const invalid = await writeWorkbook(join(dir, 'invalid.xlsx'), {
      Entities: [['entity_id', 'name', 'country'], ['E1', 'Rotterdam', 'NL'], ['E1', 'Rotterdam again', 'NL']],
      Pairings: [['pairing_id'], ['P1']],
      Members: [['pairing_id', 'entity_id'], ['P1', 'E1'], ['P1', 'E9']],
    });
    const unreadable = join(dir, 'unreadable.xlsx');
    const sample = readFileSync(SAMPLE);
    writeFileSync(unreadable, sample.subarray(0, sample.length - 100));
    const project = await Project.open(path);
    try {
      for (const file of [invalid, unreadable]) {
        expect((await project.importFiles([file])).ok).toBe(false);
        expect(await expectDerivedUpToDate(project)).toEqual(afterFirst);
      }
    } finally {
      project.close();
    }
  });

  test('after a second import that replaces the dataset, and on reopening the file', async () => {
    const project = await Project.open(path);
    try {
      expect((await project.importFiles([SAMPLE])).ok).toBe(true);
      const stored = await expectDerivedUpToDate(project);
      expect(stored.pairing_keys).toHaveLength(67);
      expect(stored.pairing_keys!.some((r) => r.includes('"P4"'))).toBe(false);
      await project.checkpoint();
    } finally {
      project.close();
    }
    const reopened = await Project.open(path);
    try {
      await expectDerivedUpToDate(reopened);
    } finally {
      reopened.close();
    }
  });
});

/** The figures an older schema can hold: results and outcomes came with schema 3. */
const withoutResults = ({ results, outcomes, ...rest }: Indicators) => rest;

describe.each([1, 2, 3])('a schema-%i project that holds a dataset', (version) => {
  const DATASET = ['entities', 'pairings', 'members', 'themes', 'stakeholders', 'activities', 'imports', 'import_files', 'import_rows', 'import_warnings'];
  const RESULTS = ['result_indicators', 'result_values', 'outcomes'];
  const DERIVED_2 = ['pairing_keys', 'pairing_members', 'pairing_regions', 'pairing_flows', 'pairing_themes', 'pairing_theme_pairs', 'pairing_activities', 'pairing_helices', 'pairing_stakeholders'];
  const DERIVED_3 = ['pairing_result_indicators', 'pairing_result_values', 'pairing_outcomes'];
  const SCHEMAS = ['0001_init', '0002_pairing_aggregates', '0003_results'];

  /**
   * A project as the schema-`version` Twinlens left it: only the migrations up to it, then the
   * rows of `source` its tables can hold (with the aggregates of its own schema).
   */
  async function oldProject(path: string, source: string): Promise<void> {
    const instance = await DuckDBInstance.create(path);
    const c = await instance.connect();
    try {
      await c.run('CREATE TABLE schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)');
      for (const [index, name] of SCHEMAS.slice(0, version).entries()) {
        await c.run(readFileSync(join(REPO, `src-main/core/store/schema/${name}.sql`), 'utf8'));
        await c.run('INSERT INTO schema_version VALUES ($1, $2, now()::TIMESTAMP)', [index + 1, name.slice(5)]);
      }
      await c.run(`ATTACH '${source.replaceAll("'", "''")}' AS source (READ_ONLY)`);
      const tables = [...DATASET, ...(version >= 2 ? DERIVED_2 : []), ...(version >= 3 ? [...RESULTS, ...DERIVED_3] : [])];
      for (const table of tables) {
        // The old table's own columns: later schemas added some (0006: the warnings' keys).
        const columns = (await c.runAndReadAll('SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() AND table_name = $1 ORDER BY column_index', [table])).getRows().map(([name]) => `"${String(name)}"`).join(', ');
        await c.run(`INSERT INTO ${table} SELECT ${columns} FROM source.main.${table} ORDER BY rowid`);
      }
      await c.run('DETACH source');
      // Stale aggregates: the migration must derive them again, not trust them.
      if (version >= 2) await c.run('DELETE FROM pairing_themes');
      await c.run('CHECKPOINT');
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  }

  test(`is migrated to schema ${SCHEMA_VERSION} with its aggregates derived, and gives the indicators of a fresh import`, async () => {
    // Schema 3 holds results: the results fixture surely has them, whatever the sample holds.
    const source = version >= 3 ? await writeWorkbook(join(dir, 'results.xlsx'), RESULTS_PROGRAMME) : SAMPLE;
    const pairings = version >= 3 ? 4 : 67;
    const fresh = join(dir, `fresh-${version}.duckdb`);
    const freshProject = await Project.open(fresh);
    let expected: Indicators[];
    const filterSets = [{}, { theme: ['Climate change adaptation and mitigation'], region: ['Europe'] }, { status: ['completed'] }, { asOf: '2020-06-30' }];
    try {
      expect((await freshProject.importFiles([source])).ok).toBe(true);
      expected = await Promise.all(filterSets.map((f) => freshProject.withConnection((c) => computeIndicators(c, f))));
      await freshProject.checkpoint();
    } finally {
      freshProject.close();
    }

    const old = join(dir, `schema-${version}.duckdb`);
    await oldProject(old, fresh);
    const migrated = await Project.open(old);
    try {
      const versions = await migrated.withConnection((c) => rows(c, 'SELECT max(version)::INTEGER AS v FROM schema_version'));
      expect(versions[0]!.v).toBe(SCHEMA_VERSION);
      const stored = await expectDerivedUpToDate(migrated);
      expect(stored.pairing_keys).toHaveLength(pairings);
      const got = await Promise.all(filterSets.map((f) => migrated.withConnection((c) => computeIndicators(c, f))));
      if (version >= 3) {
        expect(got[0]!.results.indicators).toBe(13);
        expect(got).toEqual(expected);
      } else {
        expect(stored.pairing_result_indicators).toEqual([]);
        expect(got.map(withoutResults)).toEqual(expected.map(withoutResults));
        for (const ind of got) expect([ind.results.indicators, ind.outcomes.outcomes]).toEqual([0, 0]);
      }
    } finally {
      migrated.close();
    }
  });
});
