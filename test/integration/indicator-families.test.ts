import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers, openFilesProject } from '../../src-main/core/api.js';
import type { Project } from '../../src-main/core/store/project.js';
import { type ApiHandlers, dispatch } from '../../src-main/shared/api-contract.js';
import { type Filters, INDICATOR_FAMILIES, type IndicatorFamily, type Indicators } from '../../src-main/shared/indicators.js';
import { VIEW_FAMILIES } from '../../src-renderer/views/view-families.js';
import { REPO, runCli } from '../helpers/cli.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
let project: Project;
let handlers: ApiHandlers;

/** `twinlens indicators SAMPLE [args] --json`, the real command line in its own process: the oracle. */
function cliIndicators(args: string[]): Indicators {
  const run = runCli(['indicators', SAMPLE, ...args, '--json']);
  if (run.code !== 0) throw new Error(`cli indicators failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Indicators;
}

beforeAll(async () => {
  project = await openFilesProject([SAMPLE]);
  handlers = createHandlers(project);
});
afterAll(() => project.close());

async function families(filters: Filters, names: readonly IndicatorFamily[]) {
  const result = await dispatch(handlers, 'indicators/families', { filters, families: names });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Record<string, unknown>;
}

/** The CLI's JSON cut to the families asked for and the scope, in the JSON's order. */
function cut(json: Indicators, names: readonly IndicatorFamily[]) {
  return Object.fromEntries(Object.entries(json).filter(([k]) => k === 'scope' || (names as readonly string[]).includes(k)));
}

// The as-of date names a results state before the latest, so the results scope's dated path runs too.
const CASES: Array<{ filters: Filters; args: string[] }> = [
  { filters: {}, args: [] },
  { filters: { region: ['Europe'] }, args: ['--region', 'Europe'] },
  { filters: { theme: ['Circular economy'], asOf: '2021-06-30' }, args: ['--theme', 'Circular economy', '--as-of', '2021-06-30'] },
];

describe.each(CASES)('indicators/families with $args', ({ filters, args }) => {
  let cli: Indicators;
  beforeAll(() => {
    cli = cliIndicators(args);
  });

  test("each view's families equal the CLI's JSON for the same filters, key for key and in its order", async () => {
    expect(cli.summary.pairings).toBeGreaterThan(0);
    for (const [view, names] of Object.entries(VIEW_FAMILIES)) {
      const got = await families(filters, names);
      expect(got, view).toEqual(cut(cli, names));
      expect(Object.keys(got), view).toEqual(Object.keys(cut(cli, names)));
    }
  });

  test('each family alone, and all of them asked in reverse, equal the CLI', async () => {
    for (const name of INDICATOR_FAMILIES) expect(await families(filters, [name]), name).toEqual(cut(cli, [name]));
    const reversed = await families(filters, [...INDICATOR_FAMILIES].reverse());
    expect(Object.keys(reversed)).toEqual(Object.keys(cut(cli, INDICATOR_FAMILIES)));
    expect(reversed).toEqual(cut(cli, INDICATOR_FAMILIES));
  });
});

test('a families call leaves no temp table behind, and a filter that selects nothing gives empty families', async () => {
  await families({ theme: ['no such theme'] }, ['results', 'regionMatrix']);
  const left = await project.withConnection(async (c) => (await c.runAndReadAll("SELECT table_name FROM duckdb_tables() WHERE temporary UNION ALL SELECT view_name FROM duckdb_views() WHERE temporary AND NOT internal")).getRowObjectsJS());
  expect(left).toEqual([]);
  const none = await families({ theme: ['no such theme'] }, ['summary', 'pairingsByRegion', 'regionMatrix', 'countryMatrix']);
  expect(none).toMatchObject({ summary: { pairings: 0 }, pairingsByRegion: [], regionMatrix: [], countryMatrix: [] });
});

describe('bad arguments are refused, naming what is wrong', () => {
  test.each([
    [{ filters: {}, families: ['network'] }, /"?families.*one of summary, pairingsByRegion/],
    [{ filters: {}, families: [] }, /"families" must name at least one family/],
    [{ filters: {} }, /"families" must be a list/],
    [{ families: ['summary'] }, /filters/],
    [{ filters: { colour: ['red'] }, families: ['summary'] }, /unknown filter "colour"/],
    [{ filters: {}, families: ['summary'], extra: 1 }, /unknown field "extra"/],
    [['summary'], /takes \{ filters, families \}/],
  ])('%j', async (arg, message) => {
    const result = await dispatch(handlers, 'indicators/families', arg);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-argument');
      expect(result.error.message).toMatch(message);
    }
  });
});
