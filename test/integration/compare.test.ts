import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareGroups } from '../../src-main/core/compare/compare.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import { GROUPINGS, type Grouping } from '../../src-main/shared/compare.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { writeNetworkProgramme } from '../fixtures/network-programme.js';
import { REPO, runCli } from '../helpers/cli.js';
import { importedProject, tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');

/** The filter a group stands for, written out by hand as indicators.md section 7 says. */
const filterOf = (by: Grouping, value: string): Filters =>
  by === 'start-year' ? { from: `${value}-01-01`, to: `${value}-12-31` } : { [by]: [value] };

describe('on the sample programme', () => {
  let project: Project;
  beforeAll(async () => {
    project = await importedProject([SAMPLE]);
  });
  afterAll(() => project.close());

  test.each(GROUPINGS)('--by %s: every group equals indicators with its value as a filter', async (by) => {
    const comparison = await project.withConnection((c) => compareGroups(c, by));
    expect(comparison.by).toBe(by);
    expect(comparison.groups.length).toBeGreaterThan(0);
    for (const group of comparison.groups) {
      const expected = await project.withConnection((c) => computeIndicators(c, filterOf(by, group.value)));
      expect(group.indicators, `${by} = ${group.value}`).toEqual(expected);
    }
    const pairings = comparison.groups.map((g) => g.indicators.summary.pairings);
    expect(pairings).toEqual([...pairings].sort((a, b) => b - a));
    for (let i = 1; i < comparison.groups.length; i++) {
      if (pairings[i] === pairings[i - 1]) expect(comparison.groups[i - 1]!.value < comparison.groups[i]!.value).toBe(true);
    }
  });

  test('the groups are the values the data holds: regions and themes as the indicators list them', async () => {
    const all = await project.withConnection((c) => computeIndicators(c));
    const values = async (by: Grouping) => (await project.withConnection((c) => compareGroups(c, by))).groups.map((g) => g.value).sort();
    expect(await values('region')).toEqual(all.pairingsByRegion.map((r) => r.region).sort());
    expect(await values('theme')).toEqual(all.themes.map((t) => t.theme).sort());
  });

  test('within filters: each group equals indicators with the filters and the value', async () => {
    const filters: Filters = { theme: ['Circular economy'], asOf: '2019-12-31' };
    const comparison = await project.withConnection((c) => compareGroups(c, 'region', filters));
    expect(comparison.groups.length).toBeGreaterThan(1);
    for (const group of comparison.groups) {
      const expected = await project.withConnection((c) => computeIndicators(c, { ...filters, region: [group.value] }));
      expect(group.indicators).toEqual(expected);
    }
  });
});

describe('on the hand-built network programme (IUC and IURC, started 2017 and 2018)', () => {
  let project: Project;
  beforeAll(async () => {
    project = await importedProject(writeNetworkProgramme(tempDir()));
  });
  afterAll(() => project.close());
  const compare = (by: Grouping, filters: Filters = {}, values?: string[]) => project.withConnection((c) => compareGroups(c, by, filters, { values }));
  const counts = (groups: Array<{ value: string; indicators: { summary: { pairings: number } } }>) => groups.map((g) => [g.value, g.indicators.summary.pairings]);

  test('start-year: 2017 (7 pairings) and 2018 (5), each a calendar year of start dates', async () => {
    const comparison = await compare('start-year');
    expect(counts(comparison.groups)).toEqual([['2017', 7], ['2018', 5]]);
    expect(comparison.groups[1]!.indicators.scope).toEqual({ asOf: null, from: ['2018-01-01'], to: ['2018-12-31'] });
    expect(comparison.leftOut).toEqual([]);
  });

  test('start-year within --from: the year narrows the range the filters give', async () => {
    // From 2017-06-01: chain3 (June) and tail1 (July) of 2017; every pairing of 2018.
    const comparison = await compare('start-year', { from: '2017-06-01' });
    expect(counts(comparison.groups)).toEqual([['2018', 5], ['2017', 2]]);
    expect(comparison.groups[1]!.indicators.scope).toEqual({ asOf: null, from: ['2017-06-01'], to: ['2017-12-31'] });
  });

  test('programme: IUC 8, IURC 4; a filter on programme itself chooses the groups and the rest is left out', async () => {
    expect(counts((await compare('programme')).groups)).toEqual([['IUC', 8], ['IURC', 4]]);
    const chosen = await compare('programme', { programme: ['iurc '] });
    expect(counts(chosen.groups)).toEqual([['IURC', 4]]);
    expect(chosen.leftOut).toEqual(['IUC']);
  });

  test('a group value with no pairings within the filters is left out and named', async () => {
    // The 2018 pairings are IURC ones and branch (IUC): in 2018 only, IUC has one pairing.
    const comparison = await compare('programme', { from: '2017-06-01', to: '2017-12-31' });
    expect(counts(comparison.groups)).toEqual([['IUC', 2]]);
    expect(comparison.leftOut).toEqual(['IURC']);
  });

  test('values restrict the groups (the Compare view picks some), matched ignoring case', async () => {
    expect(counts((await compare('start-year', {}, ['2018'])).groups)).toEqual([['2018', 5]]);
    expect(counts((await compare('programme', {}, ['iuc'])).groups)).toEqual([['IUC', 8]]);
  });
});

describe('compare on the command line', () => {
  let projectFile: string;
  beforeAll(() => {
    projectFile = join(tempDir(), 'sample.duckdb');
    const run = runCli(['import', SAMPLE, '--project', projectFile]);
    expect(run.code, run.stderr).toBe(0);
  });

  test('--json: {by, groups}, each group equal to indicators --json with the value as a filter', () => {
    const run = runCli(['compare', projectFile, '--by', 'start-year', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['by', 'groups']);
    expect(json.by).toBe('start-year');
    expect(json.groups.map((g: { value: string }) => g.value)).toEqual(['2017', '2018']);
    for (const group of json.groups) {
      const single = runCli(['indicators', projectFile, '--from', `${group.value}-01-01`, '--to', `${group.value}-12-31`, '--json']);
      expect(group.indicators).toEqual(JSON.parse(single.stdout));
    }
  });

  test('without --json: the headline figures side by side with the spread', () => {
    const run = runCli(['compare', projectFile, '--by', 'region', '--theme', 'Circular economy']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Compared by region: \d+ group\(s\)$/);
    expect(lines[1]).toMatch(/^\s+figure\s+Europe\s+.*\s+spread$/);
    const pairings = lines.find((l) => l.trimStart().startsWith('Pairings '))!.trim().split(/\s{2,}/);
    const json = JSON.parse(runCli(['compare', projectFile, '--by', 'region', '--theme', 'Circular economy', '--json']).stdout);
    const expected = json.groups.map((g: { indicators: { summary: { pairings: number } } }) => String(g.indicators.summary.pairings));
    expect(pairings.slice(1, -1)).toEqual(expected);
    expect(pairings.at(-1)).toBe(String(Math.max(...expected.map(Number)) - Math.min(...expected.map(Number))));
  });

  test('a grouping value left out is said on stderr', () => {
    const run = runCli(['compare', projectFile, '--by', 'start-year', '--to', '2017-12-31']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('start-year value(s) with no pairings within the filters left out of the comparison: 2018.');
  });

  test('an unknown --by exits 2 naming the allowed ones; a missing --by too', () => {
    const bad = runCli(['compare', projectFile, '--by', 'city']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--by "city" is not a grouping: use one of programme, component, region, theme, status, start-year.');
    const missing = runCli(['compare', projectFile]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('compare needs --by, one of programme, component, region, theme, status, start-year.');
  });
});
