import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { tempDir, writeWorkbook } from '../helpers/programme.js';
import { writeResultsProgramme } from '../fixtures/results-programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FLAT = join(REPO, 'sample-data/iuc-pairings.csv');
const SCHEMA_PATH = join(REPO, 'docs/indicators.schema.json'); // a copy of shared/spec's

function schemaValidator() {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
}

describe('indicators', () => {
  const run = runCli(['indicators', SAMPLE, '--json']);
  const json = JSON.parse(run.stdout);

  test('prints the documented JSON for the sample programme, and nothing else on stdout', () => {
    expect(run.code).toBe(0);
    expect(Object.keys(json)).toEqual([
      'summary', 'pairingsByRegion', 'regionMatrix', 'countryMatrix', 'themes', 'themeOverlap',
      'multiThemeShare', 'stakeholderMix', 'gcom', 'delivery', 'network', 'results', 'outcomes', 'scope', 'warnings',
    ]);
    expect(json.summary.pairings).toBe(67); // every pairing in sample-data/source/iuc-pairings.json
  });

  test('validates against the JSON Schema of the spec (docs/indicators.schema.json)', () => {
    const validate = schemaValidator();
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
    expect(f.scope).toEqual({ asOf: null, theme: ['circular economy'], region: ['East Asia', 'South Asia'] });
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

describe('indicators of a workbook with results sheets, --as-of', () => {
  // The figures themselves are worked out in results-indicators.test.ts; here, the command line.
  let file: string;
  beforeAll(async () => {
    file = await writeResultsProgramme(tempDir());
  });

  test('the JSON carries results and outcomes as of the date, and validates against the schema', () => {
    const run = runCli(['indicators', file, '--json', '--as-of', '2020-09-30', '--region', 'South Asia']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    const validate = schemaValidator();
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.scope).toEqual({ asOf: '2020-09-30', region: ['South Asia'] });
    // P1 only: I01, I02 at exactly 90 as of the date, I03 at 50; O01 and O02 (O03 comes later).
    expect(out.results.byStatus).toMatchObject({ onTrack: 2, offTrack: 1 });
    expect(out.outcomes).toMatchObject({ outcomes: 2, twoWayShare: 1, meanReciprocity: 1 });
  });

  test('the readable output has a Results and an Outcomes section', () => {
    const run = runCli(['indicators', file, '--as-of', '2020-09-30']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Scope: all pairings; as of 2020-09-30/);
    expect(run.stdout).toMatch(/Results: 13 result indicators \(7 output, 4 outcome, 2 impact\)/);
    expect(run.stdout).toMatch(/Outcomes: 8 harvested outcomes in 3 pairings/);
  });

  test('a bad --as-of exits 2 with the reason, for indicators and report', () => {
    for (const args of [['indicators', file], ['report', file, '--xlsx', join(tempDir(), 'out.xlsx')]]) {
      const run = runCli([...args, '--as-of', '2020-02-30']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--as-of "2020-02-30" is not a date: write it as YYYY-MM-DD/);
    }
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
