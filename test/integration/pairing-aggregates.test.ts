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
import { RESULTS_SHEETS } from '../fixtures/results-programme.js';
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
};

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

describe.each([1, 2])('a schema-%i project that holds a dataset', (version) => {
  const DATASET = ['entities', 'pairings', 'members', 'themes', 'stakeholders', 'activities', 'imports', 'import_files', 'import_rows', 'import_warnings'];
  const DERIVED_2 = ['pairing_keys', 'pairing_members', 'pairing_regions', 'pairing_flows', 'pairing_themes', 'pairing_theme_pairs', 'pairing_activities', 'pairing_helices', 'pairing_stakeholders'];

  /**
   * A project as the schema-`version` Twinlens left it: only the migrations up to it, then the
   * rows of `source` (a schema-2 project held its per-pairing aggregates too).
   */
  async function oldProject(path: string, source: string): Promise<void> {
    const instance = await DuckDBInstance.create(path);
    const c = await instance.connect();
    try {
      await c.run('CREATE TABLE schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)');
      const schemas = ['0001_init', '0002_pairing_aggregates'].slice(0, version);
      for (const [index, name] of schemas.entries()) {
        await c.run(readFileSync(join(REPO, `src-main/core/store/schema/${name}.sql`), 'utf8'));
        await c.run('INSERT INTO schema_version VALUES ($1, $2, now()::TIMESTAMP)', [index + 1, name.slice(5)]);
      }
      await c.run(`ATTACH '${source.replaceAll("'", "''")}' AS source (READ_ONLY)`);
      for (const table of [...DATASET, ...(version >= 2 ? DERIVED_2 : [])]) {
        await c.run(`INSERT INTO ${table} SELECT * FROM source.main.${table} ORDER BY rowid`);
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
    const fresh = join(dir, `fresh-${version}.duckdb`);
    const freshProject = await Project.open(fresh);
    let expected: Indicators[];
    const filterSets = [{}, { theme: ['Climate change adaptation and mitigation'], region: ['Europe'] }, { status: ['completed'] }];
    try {
      expect((await freshProject.importFiles([SAMPLE])).ok).toBe(true);
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
      expect(stored.pairing_keys).toHaveLength(67);
      expect(stored.pairing_result_indicators).toEqual([]);
      const got = await Promise.all(filterSets.map((f) => migrated.withConnection((c) => computeIndicators(c, f))));
      expect(got.map(withoutResults)).toEqual(expected.map(withoutResults));
      for (const ind of got) {
        expect(ind.results.indicators).toBe(0);
        expect(ind.outcomes.outcomes).toBe(0);
      }
    } finally {
      migrated.close();
    }
  });
});
