/**
 * What the worker thread costs a call: the same contract calls answered in-process and
 * through the core runner (structured clone both ways, one message hop each way), medians.
 * `npx tsx bench/runner-overhead.ts [--calls N]`
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../src-main/core/api.js';
import { importIntoProjectFile } from '../src-main/core/store/project-file.js';
import { Project } from '../src-main/core/store/project.js';
import { CoreRunner } from '../src-main/runner/core-runner.js';
import { type ApiHandlers, type ApiMethod, dispatch } from '../src-main/shared/api-contract.js';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '300' } } });
const CALLS = Number(values.calls);
const dir = mkdtempSync(join(tmpdir(), 'twinlens-bench-'));
const file = join(dir, 'a.duckdb');
await importIntoProjectFile(file, [join(import.meta.dirname, '../sample-data/iuc-programme.xlsx')]);
copyFileSync(file, join(dir, 'b.duckdb'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(handlers: ApiHandlers, method: ApiMethod, arg: unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    await dispatch(handlers, method, arg);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const project = await Project.open(join(dir, 'b.duckdb'));
const local = createHandlers(project);
const runner = await CoreRunner.start({ kind: 'file', path: file });
const cases: Array<[ApiMethod, unknown]> = [
  ['project/info', null],
  ['filters/options', null],
  ['indicators/compute', {}],
  ['table/rows', { table: 'stakeholders', offset: 0, limit: 500 }],
  ['pairings/list', { filters: {}, search: '', sort: { column: 'title', direction: 'asc' }, offset: 0, limit: 5000 }],
];
const rows = [];
for (const [method, arg] of cases) {
  await time(local, method, arg); // warm both
  await time(runner.handlers, method, arg);
  const inProcess = await time(local, method, arg);
  const viaWorker = await time(runner.handlers, method, arg);
  rows.push({ method, inProcessMs: +inProcess.toFixed(3), workerMs: +viaWorker.toFixed(3), overheadMs: +(viaWorker - inProcess).toFixed(3) });
}
// The bare hop: a runner with no project answers at once ("No project is open").
const empty = new CoreRunner();
await empty.call('project/info', null);
const hop: number[] = [];
for (let i = 0; i < CALLS; i++) {
  const start = performance.now();
  await empty.call('project/info', null);
  hop.push(performance.now() - start);
}
rows.push({ method: '(round trip, no work)', inProcessMs: 0, workerMs: +median(hop).toFixed(3), overheadMs: +median(hop).toFixed(3) });
await empty.close();
console.table(rows);
await runner.close();
project.close();
