/**
 * pairing_links (store/schema/0007_pairing_links.sql), the map's partner links per pairing by
 * integer keys, derived at import: checked against a hand-built programme whose links are
 * worked out by hand below (a member listed twice with two sides, twice with one side, sides
 * unknown, ids whose text order differs from their numbers), and against the older
 * `pairings/map` answer; and a project made by schema 6, before the table existed, opened
 * with its dataset: migrated, the table derived, the map's scope as after a fresh import.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../../src-main/core/api.js';
import { SCHEMA_VERSION } from '../../src-main/core/store/migrations.js';
import { Project } from '../../src-main/core/store/project.js';
import { type ApiArg, type ApiMethod, type ApiResult, dispatch } from '../../src-main/shared/api-contract.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { REPO } from '../helpers/cli.js';
import { tempDir, writeWorkbook } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const SCHEMA_DIR = join(REPO, 'src-main/core/store/schema');
const dir = tempDir('twinlens-links-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entity = (id: string, name: string, country: string) => [id, name, country, null, null, null, null, null];
const pairing = (id: string, theme: string) => [[id, `Pairing ${id}`, 'IUC', 'city-to-city', d('2019-01-01'), d('2020-12-31'), 'completed', null, null], [id, theme, 'yes']];
const pairings = [pairing('PA', 'Innovation'), pairing('PB', 'Innovation'), pairing('PC', 'Innovation'), pairing('PD', 'Mobility'), pairing('PE', 'Mobility'), pairing('PF', 'Mobility')];

/** Members chosen for map_links.sql's rule's edges; E10 sorts before E2 as text. */
const LINKS_PROGRAMME = {
  Entities: [
    ['entity_id', 'name', 'country', 'kind', 'region', 'gcom_signatory', 'gcom_joined', 'gcom_action_plan'],
    entity('E1', 'Rotterdam', 'NL'), entity('E2', 'Surat', 'India'), entity('E3', 'Cali', 'Colombia'), entity('E4', 'Austin', 'USA'),
    entity('E5', 'Bologna', 'Italy'), entity('E6', 'Kyoto', 'JP'), entity('E10', 'Lyon', 'France'),
  ],
  Pairings: [['pairing_id', 'title', 'programme', 'component', 'start_date', 'end_date', 'status', 'action_plan', 'pilot_projects'], ...pairings.map((p) => p[0]!)],
  Members: [
    ['pairing_id', 'entity_id', 'side'],
    ['PA', 'E1', 'EU'], ['PA', 'E2', 'partner'], ['PA', 'E3', 'EU'],
    // E1 on both sides: linked to E3 through its partner row.
    ['PB', 'E1', 'EU'], ['PB', 'E1', 'partner'], ['PB', 'E3', 'EU'],
    // E2's side unknown: linked to both; E3 and E4 share a side.
    ['PC', 'E2', null], ['PC', 'E3', 'EU'], ['PC', 'E4', 'EU'],
    ['PD', 'E4', 'EU'], ['PD', 'E10', 'EU'],
    // E5 listed twice on one side: one link.
    ['PE', 'E5', 'EU'], ['PE', 'E5', 'EU'], ['PE', 'E6', 'partner'],
    ['PF', 'E10', null], ['PF', 'E6', null],
  ],
  Themes: [['pairing_id', 'theme', 'primary'], ...pairings.map((p) => p[1]!)],
};

/** By hand from the members above: [pairing, a, b] with a < b as text. */
const EXPECTED_LINKS = [
  ['PA', 'E1', 'E2'], ['PA', 'E2', 'E3'], ['PB', 'E1', 'E3'], ['PC', 'E2', 'E3'], ['PC', 'E2', 'E4'], ['PE', 'E5', 'E6'], ['PF', 'E10', 'E6'],
];

type Row = Record<string, unknown>;
const rows = async (c: DuckDBConnection, sql: string): Promise<Row[]> => (await c.runAndReadAll(sql)).getRowObjectsJS() as Row[];

const STORED_LINKS = `
  SELECT k.pairing_id, x.entity_id AS a, y.entity_id AS b
  FROM pairing_links l
  JOIN pairing_keys k USING (pk)
  JOIN (SELECT DISTINCT ek, entity_id FROM pairing_members) x ON x.ek = l.a
  JOIN (SELECT DISTINCT ek, entity_id FROM pairing_members) y ON y.ek = l.b
  ORDER BY ALL`;

async function api(project: Project) {
  const handlers = createHandlers(project);
  return async <M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> => {
    const result = await dispatch(handlers, method, arg);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ApiResult<M>;
  };
}

/** The scope's links by entity id, in the order sent, and its members' pairing counts. */
async function mapScopeById(project: Project, filters: Filters) {
  const call = await api(project);
  const [layer, scope] = await Promise.all([call('pairings/mapLayer', null), call('pairings/mapScope', filters)]);
  const id = new Map(layer.cities.map((c) => [c.ek, c.entity_id]));
  const links: Array<{ a: string; b: string; pairings: number }> = [];
  for (let i = 0; i < scope.links.length; i += 3) links.push({ a: id.get(scope.links[i]!)!, b: id.get(scope.links[i + 1]!)!, pairings: scope.links[i + 2]! });
  const cities = scope.cities.map((ek, i) => [id.get(ek)!, scope.pairings[i]!] as const).sort(([x], [y]) => x.localeCompare(y));
  return { links, cities };
}

let linksFile: string;
beforeAll(async () => {
  linksFile = await writeWorkbook(join(dir, 'links.xlsx'), LINKS_PROGRAMME);
});

describe('pairing_links on a hand-built programme', () => {
  test('holds exactly the member pairs map_links.sql links, once per pairing, a < b by entity id', async () => {
    const project = await Project.open();
    try {
      const outcome = await project.importFiles([linksFile]);
      expect(outcome.ok, JSON.stringify(outcome.report.errors)).toBe(true);
      const stored = await project.withConnection((c) => rows(c, STORED_LINKS));
      expect(stored.map((r) => [r.pairing_id, r.a, r.b])).toEqual(EXPECTED_LINKS);
      // Once per pairing: E1-E3 in PB through one of E1's two rows, E5-E6 in PE from two rows.
      const [dupes] = await project.withConnection((c) => rows(c, 'SELECT count(*) - count(DISTINCT (pk, a, b)) AS n FROM pairing_links'));
      expect(Number(dupes!.n)).toBe(0);
    } finally {
      project.close();
    }
  });

  test.each<[string, Filters, Array<{ a: string; b: string; pairings: number }>]>([
    // E2-E3 is linked in PA and PC: strongest first, then by a, b.
    ['no filter', {}, [
      { a: 'E2', b: 'E3', pairings: 2 }, { a: 'E1', b: 'E2', pairings: 1 }, { a: 'E1', b: 'E3', pairings: 1 },
      { a: 'E10', b: 'E6', pairings: 1 }, { a: 'E2', b: 'E4', pairings: 1 }, { a: 'E5', b: 'E6', pairings: 1 },
    ]],
    ['a theme', { theme: ['Mobility'] }, [{ a: 'E10', b: 'E6', pairings: 1 }, { a: 'E5', b: 'E6', pairings: 1 }]],
    ['nothing in scope', { theme: ['no such theme'] }, []],
  ])('mapScope sends the links worked out by hand, as pairings/map does (%s)', async (_name, filters, expected) => {
    const project = await Project.open();
    try {
      expect((await project.importFiles([linksFile])).ok).toBe(true);
      const { links } = await mapScopeById(project, filters);
      expect(links).toEqual(expected);
      const whole = await (await api(project))('pairings/map', filters);
      expect(links).toEqual(whole.links);
    } finally {
      project.close();
    }
  });
});

describe('a project made by schema 6, before pairing_links', () => {
  const OLD_SCHEMAS = readdirSync(SCHEMA_DIR).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f) && Number(f.slice(0, 4)) <= 6).sort();

  /** Only the migrations up to 0006, then every row of `source` their tables hold, aggregates included. */
  async function schema6Project(path: string, source: string): Promise<void> {
    const instance = await DuckDBInstance.create(path);
    const c = await instance.connect();
    try {
      await c.run('CREATE TABLE schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)');
      for (const f of OLD_SCHEMAS) {
        await c.run(readFileSync(join(SCHEMA_DIR, f), 'utf8'));
        await c.run('INSERT INTO schema_version VALUES ($1, $2, now()::TIMESTAMP)', [Number(f.slice(0, 4)), f.slice(5, -4)]);
      }
      const tables = (await rows(c, "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND table_name <> 'schema_version'")).map((r) => String(r.table_name));
      expect(tables).not.toContain('pairing_links');
      await c.run(`ATTACH '${source.replaceAll("'", "''")}' AS source (READ_ONLY)`);
      for (const table of tables) await c.run(`INSERT INTO ${table} SELECT * FROM source.main.${table} ORDER BY rowid`);
      await c.run('DETACH source');
      await c.run('CHECKPOINT');
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  }

  test.each([['the hand-built programme', 'links'], ['the sample', 'sample']])('opens migrated, with pairing_links derived and the map as after a fresh import (%s)', async (_name, which) => {
    const file = which === 'links' ? linksFile : SAMPLE;
    const freshPath = join(dir, `fresh-${which}.duckdb`);
    const fresh = await Project.open(freshPath);
    const filterSets: Filters[] = [{}, { theme: [which === 'links' ? 'Mobility' : 'Circular economy'] }];
    let expectedScopes: Array<Awaited<ReturnType<typeof mapScopeById>>>;
    let expectedLinks: Row[];
    try {
      expect((await fresh.importFiles([file])).ok).toBe(true);
      expectedScopes = await Promise.all(filterSets.map((f) => mapScopeById(fresh, f)));
      expectedLinks = await fresh.withConnection((c) => rows(c, STORED_LINKS));
      await fresh.checkpoint();
    } finally {
      fresh.close();
    }
    expect(expectedLinks.length).toBeGreaterThan(0);

    const oldPath = join(dir, `schema-6-${which}.duckdb`);
    await schema6Project(oldPath, freshPath);
    const migrated = await Project.open(oldPath);
    try {
      const [version] = await migrated.withConnection((c) => rows(c, 'SELECT max(version)::INTEGER AS v FROM schema_version'));
      expect(version!.v).toBe(SCHEMA_VERSION);
      expect(await migrated.withConnection((c) => rows(c, STORED_LINKS))).toEqual(expectedLinks);
      if (which === 'links') expect(expectedLinks.map((r) => [r.pairing_id, r.a, r.b])).toEqual(EXPECTED_LINKS);
      for (const [i, f] of filterSets.entries()) {
        const got = await mapScopeById(migrated, f);
        expect(got).toEqual(expectedScopes[i]);
        expect(got.links).toEqual((await (await api(migrated))('pairings/map', f)).links);
      }
    } finally {
      migrated.close();
    }
  });
});
