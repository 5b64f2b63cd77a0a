import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers, openFilesProject } from '../../src-main/core/api.js';
import { importIntoProjectFile } from '../../src-main/core/store/project-file.js';
import type { Project } from '../../src-main/core/store/project.js';
import { CoreRunner, scratchProjectPath } from '../../src-main/runner/core-runner.js';
import type { ProgressEvent } from '../../src-main/runner/protocol.js';
import { dispatch } from '../../src-main/shared/api-contract.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FILTERS = [{}, { theme: ['Circular economy'] }, { region: ['Asia'], from: '2018-01-01' }];

let inProcess: Project;
let runner: CoreRunner;

beforeAll(async () => {
  inProcess = await openFilesProject([SAMPLE]);
  runner = await CoreRunner.start({ kind: 'scratch', path: scratchProjectPath(), files: [SAMPLE] });
});
afterAll(async () => {
  await runner?.close();
  inProcess?.close();
});

describe('the core runner (worker thread)', () => {
  test('answers every contract call with what the in-process handlers answer', async () => {
    const local = createHandlers(inProcess);
    for (const filters of FILTERS) {
      const viaWorker = await dispatch(runner.handlers, 'indicators/compute', filters);
      expect(viaWorker.ok).toBe(true);
      expect(viaWorker).toEqual(await dispatch(local, 'indicators/compute', filters));
    }
  });

  test('bad arguments are refused at the boundary, before the worker', async () => {
    const reply = await dispatch(runner.handlers, 'indicators/compute', { theme: 'not a list' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  });

  test('answers concurrent calls each with its own result', async () => {
    const local = createHandlers(inProcess);
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

  test('a scratch project is a temporary file, removed when the runner closes', async () => {
    const scratch = new CoreRunner();
    const path = scratchProjectPath();
    expect((await scratch.open({ kind: 'scratch', path, files: [SAMPLE] })).ok).toBe(true);
    expect(existsSync(path)).toBe(true);
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
      const inFlight = victim.open({ kind: 'scratch', path: scratchProjectPath(), files: [SAMPLE] });
      await progress;
      await victim.kill();
      const failed = await inFlight;
      expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('stopped unexpectedly while running "open"') } });
      expect(crashes).toHaveLength(1);
      expect(victim.restarts).toBe(1);

      expect(await victim.call('indicators/compute', { theme: ['Circular economy'] })).toEqual(expected);
      expect(victim.project?.path).toBe(file);
    } finally {
      await victim.close();
    }
  });

  test('forwards import progress as events', async () => {
    const events: ProgressEvent[] = [];
    const watched = new CoreRunner();
    watched.onEvent((e) => events.push(e));
    try {
      expect((await watched.open({ kind: 'scratch', path: scratchProjectPath(), files: [SAMPLE] })).ok).toBe(true);
    } finally {
      await watched.close();
    }
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ type: 'progress', task: 'open', phase: 'done', done: 1000, total: 1000 });
    const fractions = events.map((e) => e.done);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});
