/**
 * Staged rows travel to DuckDB as CSV text read by read_csv (core/import/staging.ts): every
 * value must come back as exactly the value appended, whatever its text holds, in the order
 * appended, across the file's writes and loads. Real DuckDB, real temp files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { Staging } from '../../src-main/core/import/staging.js';
import { Project } from '../../src-main/core/store/project.js';

let project: Project;
let catalogs = 0;
beforeAll(async () => {
  project = await Project.open();
});
afterAll(() => project.close());

async function staged<T>(stage: (staging: Staging) => Promise<void> | void, read: (c: DuckDBConnection, cat: string) => Promise<T>): Promise<T> {
  return project.withConnection(async (c) => {
    const cat = `stage_text_${catalogs++}`;
    const staging = await Staging.create(c, cat);
    try {
      await stage(staging);
      await staging.flush();
      return await read(c, cat);
    } finally {
      await staging.dispose();
    }
  });
}

const rowsOf = async (c: DuckDBConnection, sql: string) => (await c.runAndReadAll(sql)).getRows();

/** Texts a cell may hold: separators, quotes, every kind of line end, no text at all, and beyond ASCII. */
const AWKWARD = [
  'plain',
  '',
  ' padded ',
  'comma, inside',
  'a "quoted" word',
  '"',
  '""',
  'line\nbreak',
  'windows\r\nline',
  'old mac\rline',
  'tab\there',
  '\n',
  'Malmö – Umeå',
  '東京 · 🚲',
  'x'.repeat(32_767),
  'nul\u0000inside',
  'NULL',
  '=1+1',
  '\\N',
];

test('every awkward text comes back as appended, empty texts as texts and absent values as NULL', async () => {
  const got = await staged(
    (staging) => {
      AWKWARD.forEach((text, i) => staging.append('result_values', { indicator_id: `I${i}`, period_start: '2020-01-01', period_end: '2020-12-31', comment: text }, { src: 0, row: i + 2 }));
      staging.append('result_values', { indicator_id: 'none', period_start: '2020-01-01', period_end: '2020-12-31' }, { src: 0, row: 99 });
    },
    (c, cat) => rowsOf(c, `SELECT comment FROM "${cat}".result_values ORDER BY rowid`),
  );
  expect(got.map((r) => r[0])).toEqual([...AWKWARD, null]);
});

test('numbers, dates and booleans come back as the same values', async () => {
  const doubles = [0, -0, 0.1, 1 / 3, -1.5, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 45.370000000000005, 123456789.123456789];
  const got = await staged(
    (staging) => {
      doubles.forEach((latitude, i) =>
        staging.append('entities', { entity_id: `E${i}`, name: 'n', country: 'SE', kind: 'city', region: 'Europe', population: 9_007_199_254_740_991 - i, latitude, longitude: -latitude, gcom_signatory: i % 2 === 0, gcom_action_plan: i % 2 === 1, gcom_joined: i === 0 ? undefined : `${String(1000 + i * 800).padStart(4, '0')}-0${1 + (i % 9)}-2${i % 9}` }, { src: 1, row: i + 2 }),
      );
    },
    (c, cat) => rowsOf(c, `SELECT latitude, longitude, population, gcom_signatory, gcom_action_plan, gcom_joined::VARCHAR FROM "${cat}".entities ORDER BY rowid`),
  );
  expect(got).toHaveLength(doubles.length);
  got.forEach(([latitude, longitude, population, signatory, plan, joined], i) => {
    expect(Object.is(latitude, doubles[i])).toBe(true);
    expect(Object.is(longitude, -doubles[i]!)).toBe(true);
    expect(population).toBe(BigInt(9_007_199_254_740_991 - i));
    expect([signatory, plan]).toEqual([i % 2 === 0, i % 2 === 1]);
    expect(joined).toBe(i === 0 ? null : `${String(1000 + i * 800).padStart(4, '0')}-0${1 + (i % 9)}-2${i % 9}`);
  });
});

test('any text and any double round-trip (property)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.double({ noNaN: true }), fc.option(fc.integer({ min: 0, max: 1_000_000 }))), { minLength: 1, maxLength: 40 }), async (rows) => {
      const got = await staged(
        (staging) => rows.forEach(([comment, actual, target], i) => staging.append('result_values', { indicator_id: 'I', period_start: '2021-02-28', period_end: '2021-03-01', comment, actual, target }, { src: 0, row: i + 2 })),
        (c, cat) => rowsOf(c, `SELECT comment, actual, target FROM "${cat}".result_values ORDER BY rowid`),
      );
      expect(got.length).toBe(rows.length);
      got.forEach(([comment, actual, target], i) => {
        expect(comment).toBe(rows[i]![0]);
        expect(Object.is(actual, rows[i]![1])).toBe(true);
        expect(target).toBe(rows[i]![2]);
      });
    }),
    { numRuns: 25 },
  );
});

test('rows keep their order across many writes and loads, and are counted per file', async () => {
  const rows = 120_000;
  // 200 characters a row: past 16M characters a file is loaded while rows are still appended.
  const pad = '·'.repeat(160);
  const { themes, counts } = await staged(
    async (staging) => {
      for (let i = 0; i < rows; i++) {
        staging.append('themes', { pairing_id: `P${i}`, theme: `theme ${String(i).padStart(6, '0')}, "${'é'.repeat(i % 7)}"${pad}`, primary: i % 3 === 0 }, { src: i % 2, row: i + 2 });
        // SQL inserting rows of its own in between loads what came before first.
        if (i === 70_000) await staging.beforeInsert('themes');
      }
    },
    async (c, cat) => ({
      themes: await rowsOf(c, `SELECT theme, "primary", _src, _row FROM "${cat}".themes ORDER BY rowid`),
      counts: await rowsOf(c, `SELECT _src, count(*)::INTEGER FROM "${cat}".themes GROUP BY _src ORDER BY _src`),
    }),
  );
  expect(themes).toHaveLength(rows);
  themes.forEach(([theme, primary, src, row], i) => {
    if (theme !== `theme ${String(i).padStart(6, '0')}, "${'é'.repeat(i % 7)}"${pad}` || primary !== (i % 3 === 0) || src !== i % 2 || row !== i + 2) {
      throw new Error(`row ${i} came back as ${JSON.stringify([theme, primary, src, row])}`);
    }
  });
  expect(counts).toEqual([[0, rows / 2], [1, rows / 2]]);
});

test('the temp files are gone once staging is disposed', async () => {
  // This process's folders only: other imports may be running beside the test.
  const before = readdirSync(tmpdir()).filter((f) => f.startsWith(`twinlens-staging-${process.pid}-`)).length;
  const counts = await staged(
    (staging) => {
      staging.append('members', { pairing_id: 'P', entity_id: 'E' }, { src: 0, row: 2 });
      staging.append('members', { pairing_id: 'P', entity_id: 'F' }, { src: 3, row: 4 });
    },
    async () => null,
  );
  expect(counts).toBeNull();
  expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`twinlens-staging-${process.pid}-`)).length).toBe(before);
});

test('a large sheet staged row by row and loaded while later files are read, then plain CSVs read by SQL: every row, no error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'twinlens-mixed-'));
  // Windows-1252 (é as one byte), so the row reader stages it; 110k rows of 170 characters
  // pass the size at which a file is loaded while the next file is read.
  const org = (i: number) => `Organisation ${i} for café culture ${'·'.repeat(120)}`;
  const lines = ['pairing_id,entity_id,organisation,helix,participants'];
  for (let i = 0; i < 110_000; i++) lines.push(`P1,E${1 + (i % 2)},${org(i)},academia,${i % 50}`);
  writeFileSync(join(dir, 'stakeholders.csv'), Buffer.from(lines.join('\n'), 'latin1'));
  writeFileSync(join(dir, 'pairings.csv'), 'pairing_id,title,component\nP1,One,IUC\n');
  writeFileSync(join(dir, 'entities.csv'), 'entity_id,name,country\nE1,Rotterdam,NL\nE2,Surat,IN\n');
  writeFileSync(join(dir, 'members.csv'), 'pairing_id,entity_id,side\nP1,E1,EU\nP1,E2,partner\n');
  const project = await Project.open();
  try {
    const outcome = await project.importFiles(['stakeholders.csv', 'pairings.csv', 'entities.csv', 'members.csv'].map((f) => join(dir, f)));
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.rows).toMatchObject({ stakeholders: 110_000, pairings: 1, entities: 2, members: 2 });
    const got = await project.withConnection(async (c) => rowsOf(c, `SELECT count(*)::INTEGER, count(DISTINCT organisation)::INTEGER, min(organisation) FROM stakeholders`));
    expect(got).toEqual([[110_000, 110_000, org(0)]]);
  } finally {
    project.close();
  }
});

test('staging folders left by a process that died are removed; a live process\'s are kept', async () => {
  // A process that has exited: its pid is free (reuse within this test is vanishingly unlikely).
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const deadPid = Number(dead.stdout);
  expect(deadPid).toBeGreaterThan(0);
  const left = join(tmpdir(), `twinlens-staging-${deadPid}-test${catalogs}`);
  mkdirSync(left);
  writeFileSync(join(left, 'stakeholders-0.csv'), 'P1,E1,Someone,academia,3,0,2\n');
  // This process is alive: a folder of its own (another import running) stays.
  const live = join(tmpdir(), `twinlens-staging-${process.pid}-test${catalogs}`);
  mkdirSync(live);
  try {
    await staged(() => undefined, async () => null);
    expect(existsSync(left)).toBe(false);
    expect(existsSync(live)).toBe(true);
  } finally {
    rmSync(live, { recursive: true, force: true });
    rmSync(left, { recursive: true, force: true });
  }
});
