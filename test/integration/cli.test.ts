import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { tempDir, writeWorkbook } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FLAT = join(REPO, 'sample-data/iuc-pairings.csv');
const SCHEMA_PATH = join(REPO, 'docs/indicators.schema.json'); // a copy of shared/spec's

describe('indicators', () => {
  const run = runCli(['indicators', SAMPLE, '--json']);
  const json = JSON.parse(run.stdout);

  test('prints the documented JSON for the sample programme, and nothing else on stdout', () => {
    expect(run.code).toBe(0);
    expect(Object.keys(json)).toEqual([
      'summary', 'pairingsByRegion', 'regionMatrix', 'countryMatrix', 'themes', 'themeOverlap',
      'multiThemeShare', 'stakeholderMix', 'gcom', 'delivery', 'scope', 'warnings',
    ]);
    expect(json.summary.pairings).toBe(67); // every pairing in sample-data/source/iuc-pairings.json
  });

  test('validates against the JSON Schema of the spec (docs/indicators.schema.json)', () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  test('the flat CSV gives the same numbers for everything a flat list carries', () => {
    const flat = JSON.parse(runCli(['indicators', FLAT, '--json']).stdout);
    for (const key of ['pairingsByRegion', 'regionMatrix', 'countryMatrix', 'themes', 'themeOverlap', 'multiThemeShare']) {
      expect(flat[key], key).toEqual(json[key]);
    }
    const { pairings, entities, countries, regions, themes } = json.summary;
    expect(flat.summary).toMatchObject({ pairings, entities, countries, regions, themes });
  });

  test('filters narrow the scope and are echoed in it', () => {
    const filtered = runCli(['indicators', SAMPLE, '--json', '--theme', 'circular economy', '--region', 'East Asia', '--region', 'South Asia']);
    expect(filtered.code).toBe(0);
    const f = JSON.parse(filtered.stdout);
    expect(f.scope).toEqual({ theme: ['circular economy'], region: ['East Asia', 'South Asia'] });
    expect(f.summary.pairings).toBeGreaterThan(0);
    expect(f.summary.pairings).toBeLessThan(json.summary.pairings);
    expect(f.themes.find((t: { theme: string }) => t.theme === 'Circular economy').pairings).toBe(f.summary.pairings);
  });

  test('the default output is a readable table', () => {
    const table = runCli(['indicators', SAMPLE, '--status', 'completed']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Scope: status = completed/);
    expect(table.stdout).toMatch(/Pairings by region/);
  });
});

describe('validate', () => {
  test('valid data: exit 0, JSON lists warnings only', () => {
    const run = runCli(['validate', SAMPLE, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.errors).toEqual([]);
    expect(out.warnings).toEqual([]); // its README sheet is the template's documentation, skipped quietly
  });

  test('invalid data: exit 1, every error located, no stack trace', async () => {
    const file = await writeWorkbook(join(tempDir(), 'bad.xlsx'), {
      Entities: [['entity_id', 'name', 'country'], ['E1', 'Rotterdam', 'Narnia'], ['E1', 'Again', 'NL']],
      Pairings: [['pairing_id'], ['P1']],
      Members: [['pairing_id', 'entity_id'], ['P1', 'E1'], ['P1', 'E2']],
    });
    const run = runCli(['validate', file, '--json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.errors.map((e: Record<string, unknown>) => [e.code, e.file, e.sheet, e.row, e.column])).toEqual([
      ['unknown-country', 'bad.xlsx', 'Entities', 2, 'country'],
      ['duplicate-id', 'bad.xlsx', 'Entities', 3, 'entity_id'],
      ['unknown-reference', 'bad.xlsx', 'Members', 3, 'entity_id'],
    ]);
    for (const e of out.errors) expect(Object.keys(e)).toEqual(['code', 'file', 'sheet', 'row', 'column', 'message']);
    const human = runCli(['validate', file]);
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/bad\.xlsx, sheet Entities, row 2, column country: "Narnia" is not a country/);
    expect(human.stderr).not.toMatch(/\n\s+at /);
  });

  test('bad usage exits 2', () => {
    expect(runCli(['validate']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['indicators', SAMPLE, '--from', '2019-02-31']).code).toBe(2);
    expect(runCli(['indicators', SAMPLE, '--no-such-option']).code).toBe(2);
  });
});

describe('import', () => {
  test('creates the project; indicators from it equal indicators from the file', () => {
    const project = join(tempDir(), 'iuc.duckdb');
    const run = runCli(['import', SAMPLE, '--project', project, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ importId: 1, rows: { pairings: 67 } });
    const fromProject = JSON.parse(runCli(['indicators', project, '--json', '--programme', 'IUC']).stdout);
    const fromFile = JSON.parse(runCli(['indicators', SAMPLE, '--json', '--programme', 'IUC']).stdout);
    expect(fromProject).toEqual(fromFile);
  });

  test('a failed import exits 1, prints the errors and leaves no project behind', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(join(dir, 'bad.xlsx'), { Entities: [['entity_id', 'name', 'country'], ['E1', 'X', 'NL']] });
    const project = join(dir, 'new.duckdb');
    const run = runCli(['import', file, '--project', project, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors.map((e: { code: string }) => e.code)).toEqual(['missing-sheet', 'missing-sheet']);
    expect(existsSync(project)).toBe(false);
  });
});
