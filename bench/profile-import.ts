/**
 * Where one import spends its time, statement by statement:
 *   npx tsx bench/profile-import.ts WORKBOOK.xlsx | CSV-FOLDER
 * Prints the import's wall time, the time inside DuckDB calls, and the 18 costliest
 * statements (wall time summed over their calls; DuckDB may run one on both cores while the
 * importing thread works, so the sum can exceed the wall time). README, "Where targets are
 * missed", quotes it.
 */
import { DuckDBConnection } from '@duckdb/node-api';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from '../src-main/core/store/project.js';

const input = process.argv[2];
if (!input) throw new Error('usage: profile-import.ts WORKBOOK.xlsx | CSV-FOLDER');
const files = statSync(input).isDirectory() ? readdirSync(input).map((f) => join(input, f)) : [input];

const spent = new Map<string, number>();
let inSql = 0;
type Run = (this: DuckDBConnection, sql: string, ...rest: unknown[]) => Promise<unknown>;
const methods = DuckDBConnection.prototype as unknown as Record<string, Run | undefined>;
for (const name of ['run', 'runAndReadAll', 'runAndRead', 'stream', 'streamAndReadAll']) {
  const original = methods[name];
  if (!original) continue;
  methods[name] = async function (this: DuckDBConnection, sql: string, ...rest: unknown[]) {
    const t0 = performance.now();
    try {
      return await original.call(this, sql, ...rest);
    } finally {
      const ms = performance.now() - t0;
      inSql += ms;
      // A statement is named by its first 100 characters of SQL, comments left out.
      const key = String(sql).split('\n').filter((l) => !l.trim().startsWith('--')).join(' ').replace(/\s+/g, ' ').trim().slice(0, 100);
      spent.set(key, (spent.get(key) ?? 0) + ms);
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
