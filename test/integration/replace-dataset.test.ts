/**
 * The staged dataset replaces the project's in file order (by file, then row): the copy sorts
 * only the staged tables found out of that order (store/staged_order.sql), and copies the
 * others as they are. Real DuckDB, with rows staged out of order on purpose.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Staging } from '../../src-main/core/import/staging.js';
import { Project } from '../../src-main/core/store/project.js';
import { replaceDataset } from '../../src-main/core/store/replace-dataset.js';
import { inTransaction } from '../../src-main/core/store/transaction.js';

let project: Project;
beforeAll(async () => {
  project = await Project.open();
});
afterAll(() => project.close());

async function replacedWith(stage: (staging: Staging) => Promise<void>): Promise<{ themes: string[]; members: string[] }> {
  return project.withConnection(async (c) => {
    const staging = await Staging.create(c, 'staging');
    try {
      await stage(staging);
      staging.flush();
      await inTransaction(c, () => replaceDataset(c));
    } finally {
      await staging.dispose();
    }
    const column = async (sql: string) => (await c.runAndReadAll(sql)).getRows().map((r) => String(r[0]));
    return {
      themes: await column('SELECT theme FROM themes ORDER BY rowid'),
      members: await column('SELECT entity_id FROM members ORDER BY rowid'),
    };
  });
}

test('rows staged out of file order are written in file order', async () => {
  const { themes, members } = await replacedWith(async (staging) => {
    // A second file's row first, then the first file's rows backwards.
    staging.append('themes', { pairing_id: 'P1', theme: 'file 1 row 2', primary: false }, { src: 1, row: 2 });
    staging.append('themes', { pairing_id: 'P1', theme: 'file 0 row 9', primary: false }, { src: 0, row: 9 });
    staging.append('themes', { pairing_id: 'P1', theme: 'file 0 row 3', primary: true }, { src: 0, row: 3 });
    staging.append('members', { pairing_id: 'P1', entity_id: 'E1' }, { src: 0, row: 2 });
    staging.append('members', { pairing_id: 'P1', entity_id: 'E2' }, { src: 0, row: 3 });
  });
  expect(themes).toEqual(['file 0 row 3', 'file 0 row 9', 'file 1 row 2']);
  expect(members).toEqual(['E1', 'E2']);
});

test('a large table staged in order keeps that order unsorted', async () => {
  const rows = 300_000;
  const { themes } = await replacedWith(async (staging) => {
    staging.beforeInsert('themes');
    await staging.connection.run(
      `INSERT INTO staging.themes SELECT 'P' AS pairing_id, 'theme ' || lpad(i::VARCHAR, 6, '0') AS theme, false AS "primary", 0 AS _src, (i + 2)::INTEGER AS _row FROM range(${rows}) r(i)`,
    );
  });
  expect(themes).toHaveLength(rows);
  // Zero-padded, so text order is row order: any row out of place breaks it.
  expect(themes.every((t, i) => i === 0 || themes[i - 1]! < t)).toBe(true);
  expect(themes[0]).toBe('theme 000000');
});
