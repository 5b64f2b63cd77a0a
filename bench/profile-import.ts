/**
 * Where one import spends its time, statement by statement:
 *   npx tsx bench/profile-import.ts WORKBOOK.xlsx | CSV-FOLDER [--plans DIR]
 * Prints the import's wall time, the time inside DuckDB calls, and the 18 costliest
 * statements (wall time summed over their calls; DuckDB may run one on both cores while the
 * importing thread works, so the sum can exceed the wall time). README, "Where targets are
 * missed", quotes it. With --plans, DuckDB's profile of each statement that took over 100 ms
 * (operators, their rows and times; DuckDB's own profiling, so the statement runs once) is
 * written to DIR as NN-ms.txt, the statement first.
 */
import { DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from '../src-main/core/store/project.js';

const args = process.argv.slice(2);
const plansAt = args.indexOf('--plans');
const plans = plansAt >= 0 ? args.splice(plansAt, 2)[1] : undefined;
const input = args[0];
if (!input) throw new Error('usage: profile-import.ts WORKBOOK.xlsx | CSV-FOLDER [--plans DIR]');
if (plans) mkdirSync(plans, { recursive: true });
const profiled = new WeakSet<DuckDBConnection>();
let planCount = 0;
// runAndReadAll and its kin call run themselves: only the outermost call is counted.
let depth = 0;
const files = statSync(input).isDirectory() ? readdirSync(input).map((f) => join(input, f)) : [input];

const spent = new Map<string, number>();
let inSql = 0;
type Run = (this: DuckDBConnection, sql: string, ...rest: unknown[]) => Promise<unknown>;
const methods = DuckDBConnection.prototype as unknown as Record<string, Run | undefined>;
for (const name of ['run', 'runAndReadAll', 'runAndRead', 'stream', 'streamAndReadAll']) {
  const original = methods[name];
  if (!original) continue;
  methods[name] = async function (this: DuckDBConnection, sql: string, ...rest: unknown[]) {
    if (plans && !profiled.has(this)) {
      profiled.add(this);
      await original.call(this, `SET enable_profiling = 'query_tree'; SET profiling_output = '${join(plans, 'last.txt')}'`);
    }
    if (depth > 0) return original.call(this, sql, ...rest);
    const t0 = performance.now();
    depth++;
    try {
      return await original.call(this, sql, ...rest);
    } finally {
      depth--;
      const ms = performance.now() - t0;
      inSql += ms;
      // A statement is named by its first 100 characters of SQL, comments left out.
      const key = String(sql).split('\n').filter((l) => !l.trim().startsWith('--')).join(' ').replace(/\s+/g, ' ').trim().slice(0, 100);
      spent.set(key, (spent.get(key) ?? 0) + ms);
      if (plans && ms > 100) {
        try {
          writeFileSync(join(plans, `${String(++planCount).padStart(2, '0')}-${Math.round(ms)}ms.txt`), `${String(sql)}\n\n${readFileSync(join(plans, 'last.txt'), 'utf8')}`);
        } catch {
          // A statement DuckDB wrote no profile for (several statements in one call).
        }
      }
    }
  };
}

const project = await Project.open();
const t0 = performance.now();
const outcome = await project.importFiles(files);
const total = performance.now() - t0;
project.close();
if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.report.errors.slice(0, 3))}`);
console.log(`import ${(total / 1000).toFixed(2)} s; inside DuckDB calls ${(inSql / 1000).toFixed(2)} s; ${spent.size} distinct statements`);
for (const [sql, ms] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${(ms / 1000).toFixed(2).padStart(6)}  ${sql}`);
