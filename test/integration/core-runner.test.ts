import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../../src-main/core/api.js';
import { importIntoProjectFile } from '../../src-main/core/store/project-file.js';
import { Project } from '../../src-main/core/store/project.js';
import { CoreRunner, scratchProjectPath } from '../../src-main/runner/core-runner.js';
import { removeAbandonedScratchProjects } from '../../src-main/runner/scratch-project.js';
import type { AppEvent } from '../../src-main/shared/api-contract.js';
import { type ApiHandlers, type ApiMethod, dispatch } from '../../src-main/shared/api-contract.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FILTERS = [{}, { theme: ['Circular economy'] }, { region: ['Asia'], from: '2018-01-01' }];

/** One argument (or several) for every read-only method of the contract. */
const CALLS: Array<[ApiMethod, unknown]> = [
  ['project/info', undefined],
  ['filters/options', null],
  ...FILTERS.map((f): [ApiMethod, unknown] => ['indicators/compute', f]),
  ['pairings/list', { filters: {}, search: '', sort: { column: 'start_date', direction: 'desc' }, offset: 0, limit: 50 }],
  ['pairings/list', { filters: { theme: ['Circular economy'] }, search: 'a', sort: { column: 'members', direction: 'asc' }, offset: 5, limit: 10 }],
  ['pairings/detail', { pairingId: 'no such pairing' }],
  ['pairings/map', {}],
  ['pairings/mapLayer', null],
  ['pairings/mapScope', { theme: ['Circular economy'] }],
  ['stakeholders/coverage', { region: ['Europe'] }],
  ['results/detail', { asOf: '2019-12-31' }],
  ['results/tracking', { filters: { asOf: '2019-12-31' }, search: '', sort: { column: 'achievement', direction: 'desc' }, offset: 0, limit: 50 }],
  ['results/tracking', { filters: {}, search: 'c0', sort: { column: 'member', direction: 'asc' }, offset: 10, limit: 20, only: { level: 'output', status: 'on track' } }],
  ['outcomes/list', { filters: { region: ['Europe'], asOf: '2020-06-30' }, search: '', sort: { column: 'date', direction: 'desc' }, offset: 0, limit: 100 }],
  ['outcomes/reciprocity', { filters: { theme: ['Circular economy'] }, search: '', sort: { column: 'reciprocity', direction: 'asc' }, offset: 0, limit: 100 }],
  ['imports/history', {}],
  ['table/rows', { table: 'stakeholders', offset: 0, limit: 100 }],
  ['export/table', { format: 'csv', name: 'x', columns: ['a', 'b'], rows: [['=1', 2]] }],
];

let inProcess: Project;
let local: ApiHandlers;
let runner: CoreRunner;
let projectFile: string;

beforeAll(async () => {
  // Two copies of one project file: one for the worker, one opened in-process.
  const dir = tempDir();
  projectFile = join(dir, 'programme.duckdb');
  expect((await importIntoProjectFile(projectFile, [SAMPLE])).ok).toBe(true);
  copyFileSync(projectFile, join(dir, 'copy.duckdb'));
  inProcess = await Project.open(join(dir, 'copy.duckdb'));
  local = createHandlers(inProcess);
  runner = await CoreRunner.start({ kind: 'file', path: projectFile });
});
afterAll(async () => {
  await runner?.close();
  inProcess?.close();
});

describe('the core runner (worker thread)', () => {
  test('answers every contract call with what the in-process handlers answer', async () => {
    const { value: firstPairing } = (await dispatch(local, 'pairings/list', CALLS[5]![1])) as { value: { rows: Array<{ pairing_id: string }> } };
    const pairingId = firstPairing.rows[0]!.pairing_id;
    const calls: Array<[ApiMethod, unknown]> = [...CALLS, ['pairings/detail', { pairingId }], ['pairings/detail', { pairingId, asOf: '2019-12-31' }]];
    for (const [method, arg] of calls) {
      const viaWorker = await dispatch(runner.handlers, method, arg);
      const direct = await dispatch(local, method, arg);
      const missingPairing = method === 'pairings/detail' && (arg as { pairingId: string }).pairingId === 'no such pairing';
      expect(viaWorker.ok, method).toBe(!missingPairing);
      if (method === 'project/info') {
        expect(viaWorker).toMatchObject({ ok: true, value: { path: projectFile } });
        expect({ ...(viaWorker as { value: object }).value, path: null }).toEqual({ ...(direct as { value: object }).value, path: null });
      } else if (method === 'pairings/mapLayer' || method === 'pairings/mapScope') {
        // The generation names the project instance (each side opened its own) and the import.
        expect(viaWorker).toMatchObject({ ok: true, value: { generation: expect.stringMatching(/#1$/) } });
        expect({ ...(viaWorker as { value: object }).value, generation: null }).toEqual({ ...(direct as { value: object }).value, generation: null });
      } else {
        expect(viaWorker, method).toEqual(direct);
      }
    }
  });

  test('an import through the worker reports what an in-process import reports, and changes the answers', async () => {
    const dir = tempDir();
    const [a, b] = [join(dir, 'a.duckdb'), join(dir, 'b.duckdb')];
    for (const path of [a, b]) expect((await importIntoProjectFile(path, [SAMPLE])).ok).toBe(true);
    const worker = await CoreRunner.start({ kind: 'file', path: a });
    const direct = await Project.open(b);
    try {
      const arg = { paths: [join(REPO, 'sample-data/iuc-pairings.csv')] };
      const events: AppEvent[] = [];
      worker.onEvent((e) => events.push(e));
      const viaWorker = await dispatch(worker.handlers, 'import/files', arg);
      expect(viaWorker).toMatchObject({ ok: true, value: { ok: true } });
      expect(viaWorker).toEqual(await dispatch(createHandlers(direct), 'import/files', arg));
      expect(await worker.call('indicators/compute', {})).toEqual(await dispatch(createHandlers(direct), 'indicators/compute', {}));
      expect(events.some((e) => e.type === 'project-changed')).toBe(true);
      expect(events.some((e) => e.type === 'progress' && e.task === 'import')).toBe(true);
    } finally {
      await worker.close();
      direct.close();
    }
  });

  test('bad arguments are refused at the boundary, before the worker', async () => {
    const reply = await dispatch(runner.handlers, 'indicators/compute', { theme: 'not a list' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  });

  test('answers concurrent calls each with its own result', async () => {
    const calls = Array.from({ length: 20 }, (_, i) => FILTERS[i % FILTERS.length]!);
    const replies = await Promise.all(calls.map((f) => dispatch(runner.handlers, 'indicators/compute', f)));
    const expected = await Promise.all(FILTERS.map((f) => dispatch(local, 'indicators/compute', f)));
    replies.forEach((reply, i) => expect(reply).toEqual(expected[i % FILTERS.length]));
  });

  test('opens a project file, and keeps the current project when another cannot be opened', async () => {
    const dir = tempDir();
    const file = join(dir, 'programme.duckdb');
    expect((await importIntoProjectFile(file, [SAMPLE])).ok).toBe(true);
    const other = new CoreRunner();
    try {
      expect(await other.open({ kind: 'file', path: file })).toEqual({ ok: true, value: { path: file, scratch: false } });
      const before = await other.call('indicators/compute', {});
      const missing = await other.open({ kind: 'file', path: join(dir, 'gone.duckdb') });
      expect(missing).toMatchObject({ ok: false, error: { message: expect.stringContaining('gone.duckdb does not exist') } });
      const notAProject = await other.open({ kind: 'file', path: SAMPLE });
      expect(notAProject).toMatchObject({ ok: false, error: { message: expect.stringContaining('could not be opened as a Twinlens project') } });
      expect(other.project?.path).toBe(file);
      expect(await other.call('indicators/compute', {})).toEqual(before);
    } finally {
      await other.close();
    }
  });

  test('calls running when another project opens finish on the old one; later calls see the new one', async () => {
    const dir = tempDir();
    const [sample, flat] = [join(dir, 'sample.duckdb'), join(dir, 'flat.duckdb')];
    expect((await importIntoProjectFile(sample, [SAMPLE])).ok).toBe(true);
    expect((await importIntoProjectFile(flat, [join(REPO, 'sample-data/iuc-pairings.csv')])).ok).toBe(true);
    const switching = await CoreRunner.start({ kind: 'file', path: sample });
    try {
      const sampleAnswer = await switching.call('indicators/compute', {});
      const before = Array.from({ length: 8 }, () => switching.call('indicators/compute', {}));
      const opened = switching.open({ kind: 'file', path: flat });
      const after = Array.from({ length: 8 }, () => switching.call('indicators/compute', {}));
      expect((await opened).ok).toBe(true);
      const flatAnswer = await switching.call('indicators/compute', {});
      expect(flatAnswer.ok).toBe(true);
      expect(flatAnswer).not.toEqual(sampleAnswer);
      expect(await Promise.all(before)).toEqual(before.map(() => sampleAnswer));
      expect(await Promise.all(after)).toEqual(after.map(() => flatAnswer));
    } finally {
      await switching.close();
    }
  });

  test('a scratch project is a temporary file, removed when the runner closes', async () => {
    const scratch = new CoreRunner();
    const path = scratchProjectPath();
    expect((await scratch.open({ kind: 'scratch', path, files: [SAMPLE] })).ok).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(await scratch.call('project/info', null)).toMatchObject({ ok: true, value: { path: null, files: [{ name: 'iuc-programme.xlsx' }] } });
    await scratch.close();
    expect(existsSync(path)).toBe(false);
  });

  test('a scratch project that cannot be imported reports the errors and leaves no file', async () => {
    const scratch = new CoreRunner();
    const path = scratchProjectPath();
    try {
      const reply = await scratch.open({ kind: 'scratch', path, files: [join(REPO, 'package.json')] });
      expect(reply).toMatchObject({ ok: false, error: { message: expect.stringContaining('package.json') } });
      expect(existsSync(path)).toBe(false);
    } finally {
      await scratch.close();
    }
  });

  test('when the worker dies, calls in flight fail clearly and a new worker reopens the project', async () => {
    const crashes: Error[] = [];
    const victim = new CoreRunner({ onCrash: (e) => crashes.push(e) });
    try {
      const dir = tempDir();
      const file = join(dir, 'programme.duckdb');
      expect((await importIntoProjectFile(file, [SAMPLE])).ok).toBe(true);
      expect((await victim.open({ kind: 'file', path: file })).ok).toBe(true);
      const expected = await victim.call('indicators/compute', { theme: ['Circular economy'] });

      // An open that imports is surely in flight once its first progress event arrives.
      const progress = new Promise<void>((resolve) => victim.onEvent(() => resolve()));
      const building = scratchProjectPath();
      const inFlight = victim.open({ kind: 'scratch', path: building, files: [SAMPLE] });
      await progress;
      await victim.kill();
      const failed = await inFlight;
      expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('stopped unexpectedly while running "open"') } });
      expect(crashes).toHaveLength(1);
      expect(existsSync(building)).toBe(false);
      expect(victim.restarts).toBe(1);

      expect(await victim.call('indicators/compute', { theme: ['Circular economy'] })).toEqual(expected);
      expect(victim.project?.path).toBe(file);
    } finally {
      await victim.close();
    }
  });

  test('scratch projects of processes that ended are removed; those of running ones stay', () => {
    const dir = tempDir();
    const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
    const abandoned = join(dir, `twinlens-${ended}-0123456789ab.duckdb`);
    const live = join(dir, `twinlens-${process.ppid}-0123456789ab.duckdb`);
    const mine = scratchProjectPath(dir);
    for (const path of [abandoned, `${abandoned}.wal`, live, mine, join(dir, 'twinlens-notes.duckdb')]) writeFileSync(path, '');
    expect(removeAbandonedScratchProjects(dir)).toEqual([abandoned]);
    expect(readdirSync(dir).sort()).toEqual([live, mine, join(dir, 'twinlens-notes.duckdb')].map((p) => p.slice(dir.length + 1)).sort());
  });

  test('forwards import progress as events', async () => {
    const events: AppEvent[] = [];
    const watched = new CoreRunner();
    watched.onEvent((e) => events.push(e));
    try {
      expect((await watched.open({ kind: 'scratch', path: scratchProjectPath(), files: [SAMPLE] })).ok).toBe(true);
    } finally {
      await watched.close();
    }
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ type: 'progress', task: 'open', phase: 'done', done: 1000, total: 1000 });
    const fractions = events.flatMap((e) => (e.type === 'progress' ? [e.done] : []));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});
