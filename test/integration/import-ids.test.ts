/**
 * A repeated id names where it was first seen: the row, and the file and sheet when those
 * differ (ImportState keeps each id's first sighting packed in one number). Real files.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Project } from '../../src-main/core/store/project.js';
import { tempDir, writeCsv, writeWorkbook } from '../helpers/programme.js';

async function errorsOf(files: string[]) {
  const project = await Project.open();
  try {
    return (await project.importFiles(files)).report.errors;
  } finally {
    project.close();
  }
}

const PAIRINGS = [['pairing_id', 'title', 'component'], ['P1', 'One', 'IUC'], ['P2', 'Two', 'IUC']];

test('an id repeated in a later sheet and a later file names the first file, sheet and row', async () => {
  const dir = tempDir();
  const book = await writeWorkbook(join(dir, 'first.xlsx'), {
    Pairings: PAIRINGS,
    Entities: [['entity_id', 'name', 'country'], ['E1', 'Rotterdam', 'NL'], ['E2', 'Surat', 'IN'], ['E3', 'Bologna', 'IT']],
  });
  const csv = writeCsv(join(dir, 'entities.csv'), [['entity_id', 'name', 'country'], ['E9', 'Lyon', 'FR'], ['E3', 'Bologna again', 'IT']]);
  const errors = (await errorsOf([book, csv])).filter((e) => e.code === 'duplicate-id');
  expect(errors.map((e) => [e.file, e.row, e.column])).toEqual([['entities.csv', 3, 'entity_id']]);
  expect(errors[0]!.message).toContain('first.xlsx');
  expect(errors[0]!.message).toContain('Entities');
  expect(errors[0]!.message).toMatch(/row 4\b/);
});

test('within one sheet, a repeat names only the first row', async () => {
  const dir = tempDir();
  const book = await writeWorkbook(join(dir, 'one.xlsx'), {
    Pairings: [...PAIRINGS, ['P3', 'Three', 'IUC'], ['P2', 'Two again', 'IUC']],
  });
  const errors = (await errorsOf([book])).filter((e) => e.code === 'duplicate-id');
  expect(errors.map((e) => [e.sheet, e.row])).toEqual([['Pairings', 5]]);
  expect(errors[0]!.message).toMatch(/row 3\b/);
  expect(errors[0]!.message).not.toContain('one.xlsx');
});
