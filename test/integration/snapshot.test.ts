/**
 * Every reading of the scope (indicators, reports, the dashboard's lists and map) runs in
 * one snapshot (store/transaction.ts): an import that commits while it runs must not give it
 * half the old dataset and half the new.
 */
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { inTransaction } from '../../src-main/core/store/transaction.js';
import type { Project } from '../../src-main/core/store/project.js';
import { writeSmallProgramme } from '../fixtures/small-programme.js';
import { REPO } from '../helpers/cli.js';
import { importedProject, tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
let project: Project;
let small: string;
beforeAll(async () => {
  small = await writeSmallProgramme(tempDir());
  project = await importedProject([SAMPLE]);
});
afterAll(() => project.close());

const pairings = async (c: DuckDBConnection) => Number((await c.runAndReadAll('SELECT count(*) FROM pairings')).getRows()[0]![0]);

test('an import committing inside a snapshot is seen by none of it; a nested snapshot joins the outer one', async () => {
  const sample = await project.withConnection(pairings);
  const seen = await project.withConnection((c) =>
    inTransaction(c, async () => {
      const before = await pairings(c);
      const outcome = await project.importFiles([small]);
      expect(outcome.ok).toBe(true);
      const inner = await inTransaction(c, () => pairings(c));
      const indicators = await computeIndicators(c, {});
      return { before, inner, after: await pairings(c), indicators: indicators.summary.pairings };
    }),
  );
  expect(seen).toEqual({ before: sample, inner: sample, after: sample, indicators: sample });
  expect(await project.withConnection(pairings)).toBe(4); // the small programme, once the snapshot ended
});

test('a snapshot whose work fails is rolled back and the connection reads on', async () => {
  await project.withConnection(async (c) => {
    await expect(inTransaction(c, async () => {
      await c.run('CREATE TEMP TABLE scratch AS SELECT 1 AS x');
      throw new Error('stop');
    })).rejects.toThrow('stop');
    expect((await c.runAndReadAll("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'scratch'")).getRows()[0]![0]).toBe(0n);
    expect((await computeIndicators(c, {})).summary.pairings).toBe(await pairings(c));
  });
});
