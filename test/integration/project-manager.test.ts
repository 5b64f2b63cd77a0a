import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ProjectManager } from '../../src-main/electron/project-manager.js';
import { importIntoProjectFile } from '../../src-main/core/store/project-file.js';
import { CoreRunner } from '../../src-main/runner/core-runner.js';
import type { AppEvent } from '../../src-main/shared/api-contract.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FLAT = join(REPO, 'sample-data/iuc-pairings.csv');
const runners: CoreRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.close()));
});

function manager(recentFile: string) {
  const runner = new CoreRunner();
  runners.push(runner);
  const events: AppEvent[] = [];
  const menus: Array<readonly string[]> = [];
  const projects = new ProjectManager({ runner, recentFile, sample: SAMPLE, emit: (e) => events.push(e), onRecentChanged: (r) => menus.push(r) });
  return { runner, projects, events, menus };
}

const pairings = async (runner: CoreRunner) => ((await runner.call('project/info', null)) as { value: { rows: { pairings: number } } }).value.rows.pairings;

/** The Electron shell's project logic (New, Open, Open Recent, last project on start) over the real core runner. */
describe('project manager', () => {
  test('the first start shows the sample; New and Open make projects recent; the next start reopens the last one', async () => {
    const dir = tempDir();
    const recentFile = join(dir, 'userData', 'recent-projects.json');
    const first = manager(recentFile);
    const start = await first.projects.openOnStart();
    expect(start).toMatchObject({ opened: { ok: true, value: { scratch: true } }, problem: null });
    expect(await pairings(first.runner)).toBeGreaterThan(0);

    const made = join(dir, 'new.duckdb');
    expect(await first.projects.newProject(made)).toEqual({ ok: true, value: { path: made, scratch: false } });
    expect(await pairings(first.runner)).toBe(0);
    expect(first.events.filter((e) => e.type === 'project-changed')).toHaveLength(2);
    const existing = join(dir, 'flat.duckdb');
    expect((await importIntoProjectFile(existing, [FLAT])).ok).toBe(true);
    expect((await first.projects.openProject(existing)).ok).toBe(true);
    expect(first.projects.recent).toEqual([existing, made]);
    expect(first.menus.at(-1)).toEqual([existing, made]);
    expect(JSON.parse(readFileSync(recentFile, 'utf8'))).toEqual({ version: 1, projects: [existing, made] });
    const flatPairings = await pairings(first.runner);
    await first.runner.close();

    const second = manager(recentFile);
    expect(await second.projects.openOnStart()).toMatchObject({ opened: { ok: true, value: { path: existing } }, problem: null });
    expect(await pairings(second.runner)).toBe(flatPairings);
  });

  test('a last project that is gone is dropped from the list and the sample shows, with the reason', async () => {
    const dir = tempDir();
    const recentFile = join(dir, 'recent-projects.json');
    writeFileSync(recentFile, JSON.stringify({ version: 1, projects: [join(dir, 'moved.duckdb'), join(dir, 'other.duckdb')] }));
    const { projects } = manager(recentFile);
    const start = await projects.openOnStart();
    expect(start.problem).toMatch(/moved\.duckdb does not exist/);
    expect(start.opened).toMatchObject({ ok: true, value: { scratch: true } });
    expect(projects.recent).toEqual([join(dir, 'other.duckdb')]);
  });

  test('a project that fails for another reason stays listed; the current project stays open', async () => {
    const dir = tempDir();
    const damaged = join(dir, 'damaged.duckdb');
    copyFileSync(SAMPLE, damaged);
    const recentFile = join(dir, 'recent-projects.json');
    writeFileSync(recentFile, JSON.stringify({ version: 1, projects: [damaged] }));
    const { projects, runner } = manager(recentFile);
    const start = await projects.openOnStart();
    expect(start.problem).toMatch(/could not be opened as a Twinlens project/);
    expect(projects.recent).toEqual([damaged]);
    const before = runner.project;
    expect((await projects.openProject(damaged)).ok).toBe(false);
    expect(runner.project).toEqual(before);
    projects.clearRecent();
    expect(projects.recent).toEqual([]);
    expect(existsSync(before!.path)).toBe(true);
  });
});
