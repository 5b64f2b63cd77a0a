/**
 * cli.md: `import` replaces the project's dataset atomically, and on failure the project is
 * unchanged. Here the import is a real child process killed with SIGKILL at moments spread
 * over its run (reading, checking, the commit, the checkpoint); the project file must then
 * open and hold exactly the old dataset or exactly the new one, never a mix.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateProgramme } from '../../bench/generate.js';
import { writeProgrammeWorkbook } from '../../src-main/core/export/programme-workbook.js';
import { REPO, runCli } from '../helpers/cli.js';
import { type Trigger, exited, fingerprint, killWhen, startImport } from '../helpers/import-process.js';
import { tempDir, writeWorkbook } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a project file survives an import killed at any moment', () => {
  const dir = tempDir('twinlens-crash-');
  const pristine = join(dir, 'pristine.duckdb');
  const big = join(dir, 'big.xlsx');
  const invalid = join(dir, 'invalid.xlsx');
  const unreadable = join(dir, 'unreadable.xlsx');
  let before: Record<string, unknown>;
  let after: Record<string, unknown>;
  let duration = 0;

  beforeAll(async () => {
    const built = runCli(['import', SAMPLE, '--project', pristine, '--json']);
    expect(built.code, built.stderr).toBe(0);
    // A valid dataset big enough that its import takes seconds: 5,000 pairings, 60,000 stakeholders.
    await writeProgrammeWorkbook(big, generateProgramme(5_000, 60_000, 7));
    before = await fingerprint(pristine);
    // Two validation errors: a duplicate id and a member naming an unknown entity.
    await writeWorkbook(invalid, {
      Entities: [['entity_id', 'name', 'country'], ['E1', 'Rotterdam', 'NL'], ['E1', 'Rotterdam again', 'NL']],
      Pairings: [['pairing_id'], ['P1']],
      Members: [['pairing_id', 'entity_id'], ['P1', 'E1'], ['P1', 'E9']],
    });
    // The sample without its last 100 bytes: the zip directory is cut off.
    const sample = readFileSync(SAMPLE);
    writeFileSync(unreadable, sample.subarray(0, sample.length - 100));

    // One import left to finish: the "new" dataset, and how long an import takes.
    const reference = join(dir, 'reference.duckdb');
    copyFileSync(pristine, reference);
    const started = Date.now();
    const run = await exited(startImport(big, reference));
    duration = Date.now() - started;
    expect(run.code).toBe(0);
    after = await fingerprint(reference);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the old and new datasets differ, so telling them apart means something', () => {
    expect(before.pairings).toMatch(/^67 rows/);
    expect(before.stakeholders).toMatch(/^361 rows/);
    expect(after.pairings).toMatch(/^5000 rows/);
    expect(after.stakeholders).toMatch(/^60000 rows/);
    expect((after.history as string[]).length).toBe(2);
    expect(duration).toBeGreaterThan(1000);
  });

  test('killed at 9 moments of an import into an existing project: old or new, never a mix', { timeout: 240_000 }, async () => {
    // Fractions of the latest full run's duration: other work on the machine changes the pace.
    let pace = duration;
    // DuckDB writes a large commit straight into the file, without a WAL, so the two WAL moments
    // seldom fire: six timed moments, none later than 80% of the pace (a run can be quicker
    // than the one measured), carry the count of real kills.
    const triggers: Array<Trigger | number> = [0.1, 0.25, 0.4, 0.55, 0.7, 0.8, { event: 'wal-appears' }, { event: 'wal-written' }, { event: 'checkpointing' }];
    const results: string[] = [];
    let killedWhileWriting = 0;
    let killed = 0;
    for (const [i, planned] of triggers.entries()) {
      const trigger: Trigger = typeof planned === 'number' ? { after: Math.round(pace * planned) } : planned;
      const project = join(dir, `killed-${i}.duckdb`);
      copyFileSync(pristine, project);
      const spawned = Date.now();
      const child = startImport(big, project);
      const { walAtKill, writing } = await killWhen(child, project, trigger);
      const end = await exited(child);
      if (end.signal === 'SIGKILL') killed++;
      else pace = Date.now() - spawned;
      if (end.signal === 'SIGKILL' && writing) killedWhileWriting++;

      const found = await fingerprint(project); // must open
      const which = JSON.stringify(found) === JSON.stringify(before) ? 'old' : JSON.stringify(found) === JSON.stringify(after) ? 'new' : 'MIX';
      results.push(`${JSON.stringify(trigger)} -> ${end.signal ?? `exit ${end.code}`}, wal ${walAtKill} B${writing ? ', writing' : ''}, ${which}`);
      expect(which, `${results.at(-1)}\n${JSON.stringify(found, null, 1)}`).not.toBe('MIX');
      // Opened once, the project stays what it was found to be.
      expect(await fingerprint(project)).toEqual(found);
    }
    console.log(`import ${duration} ms; kills:\n  ${results.join('\n  ')}`);
    // The test means something only if most moments were real kills, some during the write.
    expect(killed).toBeGreaterThanOrEqual(6);
    expect(killedWhileWriting).toBeGreaterThanOrEqual(1);
    expect(results.some((r) => r.endsWith('old'))).toBe(true);
  });

  test('killed while importing into a new project: no project file, or a complete one', { timeout: 120_000 }, async () => {
    const outcomes: string[] = [];
    for (const fraction of [0.3, 0.7, 0.95]) {
      const project = join(dir, `new-${fraction}.duckdb`);
      const child = startImport(big, project);
      await killWhen(child, project, { after: Math.round(duration * fraction) });
      const end = await exited(child);
      if (existsSync(project)) {
        expect(await fingerprint(project)).toEqual({ ...after, history: [(after.history as string[])[1]!.replace(/^2:/, '1:')] });
        outcomes.push(`${fraction}: ${end.signal ?? end.code}, complete project`);
      } else {
        outcomes.push(`${fraction}: ${end.signal ?? end.code}, no project file`);
      }
    }
    const leftovers = readdirSync(dir).filter((f) => f.startsWith('.new-'));
    console.log(`new-project kills: ${outcomes.join('; ')}; temporary files left by killed imports: ${leftovers.length}`);
    // The next import to the same path clears what the killed ones left.
    for (const fraction of [0.3, 0.7, 0.95]) {
      const project = join(dir, `new-${fraction}.duckdb`);
      rmSync(project, { force: true });
      expect(runCli(['import', SAMPLE, '--project', project]).code).toBe(0);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('.new-'))).toEqual([]);
  });

  test('a failed import leaves an existing project unchanged, to the byte', async () => {
    const project = join(dir, 'failed.duckdb');
    copyFileSync(pristine, project);
    const fileBefore = sha256(project);
    const run = runCli(['import', invalid, '--project', project, '--json']);
    expect(run.code, run.stderr).toBe(1);
    expect((JSON.parse(run.stdout) as { errors: Array<{ code: string }> }).errors.map((e) => e.code)).toEqual(['duplicate-id', 'unknown-reference']);
    expect(sha256(project)).toBe(fileBefore);
    expect(existsSync(`${project}.wal`)).toBe(false);

    const run2 = runCli(['import', unreadable, '--project', project]);
    expect(run2.code, run2.stderr).toBe(2);
    expect(sha256(project)).toBe(fileBefore);
    expect(await fingerprint(project)).toEqual(before);
  });

  test('a failed import into a project that does not exist leaves no file behind', () => {
    const run = runCli(['import', invalid, '--project', join(dir, 'fresh.duckdb')]);
    expect(run.code, run.stderr).toBe(1);
    const run2 = runCli(['import', unreadable, '--project', join(dir, 'fresh.duckdb')]);
    expect(run2.code, run2.stderr).toBe(2);
    // Neither the project, nor its write-ahead log, nor the temporary it is built in.
    expect(readdirSync(dir).filter((f) => f.includes('fresh'))).toEqual([]);
  });
});
