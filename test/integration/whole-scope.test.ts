import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { openResultsScope } from '../../src-main/core/indicators/results-scope.js';
import { closeScope, openScope } from '../../src-main/core/indicators/scope.js';
import { scopeIsWhole } from '../../src-main/core/indicators/whole-scope.js';
import type { Project } from '../../src-main/core/store/project.js';
import { inTransaction } from '../../src-main/core/store/transaction.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { importedProject } from '../helpers/programme.js';

// The sample programme: 67 pairings, all IUC's, with result indicators, values and outcomes.
const SAMPLE = join(import.meta.dirname, '../../sample-data/iuc-programme.xlsx');
const INDICATORS = join(import.meta.dirname, '../../src-main/core/indicators');
const statement = (file: string) => readFileSync(join(INDICATORS, file), 'utf8');

let project: Project;
beforeAll(async () => {
  project = await importedProject([SAMPLE]);
});
afterAll(() => project.close());

function inScope<T>(filters: Filters, read: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  return project.withConnection((c) =>
    inTransaction(c, async () => {
      await openScope(c, filters);
      try {
        return await read(c);
      } finally {
        await closeScope(c);
      }
    }),
  );
}

const all = async (c: DuckDBConnection, sql: string) => (await c.runAndReadAll(sql)).getRowsJS();

describe('a whole scope skips the join with scope_keys (whole-scope.ts)', () => {
  test('only a scope of every pairing is whole', async () => {
    expect(await inScope({}, scopeIsWhole)).toBe(true);
    // Every sample pairing is IUC's (61 completed, 6 active): a filter that keeps them all
    // leaves the scope whole, one that drops some does not.
    expect(await inScope({ programme: ['IUC'] }, scopeIsWhole)).toBe(true);
    expect(await inScope({ status: ['Active'] }, scopeIsWhole)).toBe(false);
    expect(await inScope({ programme: ['none such'] }, scopeIsWhole)).toBe(false);
  });

  test('each _whole statement gives the rows of its joined one over a whole scope', async () => {
    const counts = await inScope({}, async (c) => {
      await openResultsScope(c, null);
      const pairs: [string, string, string][] = [
        ['results_achievements_latest.sql', 'results_achievements_latest_whole.sql', 'SELECT * FROM scope_achievements ORDER BY ik'],
        ['outcomes_scope.sql', 'outcomes_scope_whole.sql', 'SELECT * FROM scope_outcomes ORDER BY ALL'],
      ];
      const sizes: number[] = [];
      for (const [joined, whole, read] of pairs) {
        await c.run(statement(joined));
        const a = await all(c, read);
        await c.run(statement(whole));
        const b = await all(c, read);
        expect(b).toEqual(a);
        sizes.push(a.length);
      }
      await c.run(statement('network_scope_members.sql'));
      const memberships = await all(c, 'SELECT * FROM network_scope_members ORDER BY ALL');
      const hubs = await all(c, statement('network_hubs.sql'));
      await c.run(statement('network_scope_members_whole.sql'));
      expect(await all(c, 'SELECT * FROM network_scope_members ORDER BY ALL')).toEqual(memberships);
      expect(await all(c, statement('network_hubs.sql'))).toEqual(hubs);
      sizes.push(memberships.length, hubs.length);
      return sizes;
    });
    // Not vacuous: the sample has indicators, outcomes, memberships and hubs.
    for (const n of counts) expect(n).toBeGreaterThan(0);
  });

  test('the indicators over every pairing are the same whether the filters name them all or none', async () => {
    // Both scopes are whole; as-of too leaves the pairing scope whole and searches the states.
    const { scope: _a, ...none } = await project.withConnection((c) => computeIndicators(c, {}));
    const { scope: _b, ...named } = await project.withConnection((c) => computeIndicators(c, { programme: ['IUC'] }));
    expect(named).toEqual(none);
    const asOf = await project.withConnection((c) => computeIndicators(c, { asOf: '2019-12-31' }));
    expect(asOf.results.indicators).toBe(none.results.indicators);
  });
});
