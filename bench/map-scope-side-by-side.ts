/*
 * pairings/mapScope's statement before (map_scope.sql as of the commit before schema 0007:
 * members joined by text ids per change) and now (pairing_links), alternated in one session
 * on one project, after a check that both give the same rows. Times the statement alone, the
 * scope bound once per filter set beforehand.
 *   npx tsx bench/map-scope-side-by-side.ts <project.duckdb> <old map_scope.sql> [rounds]
 * The old SQL is `git show 1a6023e~1:src-main/core/queries/map_scope.sql`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bindScope } from '../src-main/core/queries/scope.js';
import { sqlFile } from '../src-main/core/store/sql-file.js';
import { Project } from '../src-main/core/store/project.js';
import { inTransaction } from '../src-main/core/store/transaction.js';
import type { Filters } from '../src-main/shared/indicators.js';

const [path, oldPath, roundsArg] = process.argv.slice(2);
if (!path || !oldPath) {
  console.error('usage: npx tsx bench/map-scope-side-by-side.ts <project.duckdb> <old map_scope.sql> [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 15);
const OLD = readFileSync(oldPath, 'utf8');
const NEW = sqlFile(import.meta.url, '../src-main/core/queries/map_scope.sql');

const t0 = performance.now();
const project = await Project.open(path);
console.log(`open (with any migration): ${(performance.now() - t0).toFixed(0)} ms`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  await project.withConnection(async (c) => {
    const themes = (await c.runAndReadAll('SELECT theme, count(*) AS n FROM themes GROUP BY ALL ORDER BY n DESC, theme LIMIT 1')).getRowObjectsJS();
    const sets: Array<[string, Filters]> = [
      ['no filter', {}],
      [`theme ${String(themes[0]?.theme)}`, { theme: [String(themes[0]?.theme)] }],
    ];
    for (const [name, filters] of sets) {
      await bindScope(c, filters);
      const a = JSON.stringify((await c.runAndReadAll(OLD)).getRows());
      const b = JSON.stringify((await c.runAndReadAll(NEW)).getRows());
      const rows = (await c.runAndReadAll(NEW)).getRows().length;
      if (a !== b) throw new Error(`${name}: the old and new statements differ`);
      const times: Record<'old' | 'new', number[]> = { old: [], new: [] };
      for (let i = 0; i < rounds; i++) {
        for (const [label, sql] of (i % 2 ? [['new', NEW], ['old', OLD]] : [['old', OLD], ['new', NEW]]) as Array<['old' | 'new', string]>) {
          const t = performance.now();
          await c.runAndReadAll(sql);
          times[label].push(performance.now() - t);
        }
      }
      const range = (xs: number[]) => `median ${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)})`;
      // The whole core call as mapScope() makes it (scope bound, generation read, columns out),
      // with either statement, alternated too.
      const call = (sql: string) =>
        inTransaction(c, async () => {
          await bindScope(c, filters);
          await c.runAndReadAll(sqlFile(import.meta.url, '../src-main/core/queries/map_generation.sql'));
          return (await c.runAndReadAll(sql)).getColumnsJS();
        });
      const whole: Record<'old' | 'new', number[]> = { old: [], new: [] };
      for (let i = 0; i < rounds; i++) {
        for (const [label, sql] of (i % 2 ? [['new', NEW], ['old', OLD]] : [['old', OLD], ['new', NEW]]) as Array<['old' | 'new', string]>) {
          const t = performance.now();
          await call(sql);
          whole[label].push(performance.now() - t);
        }
      }
      console.log(`${name}: ${rows} rows, identical; statement old ${range(times.old)}; new ${range(times.new)}; whole call old ${range(whole.old)}; new ${range(whole.new)}`);
    }
  });
} finally {
  project.close();
}
