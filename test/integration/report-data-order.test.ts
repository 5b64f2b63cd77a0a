/**
 * The report's data tables list rows that tie on their sort keys (one organisation named
 * twice in a pairing, activities on the same day) in the order of the imported file, the
 * same on every run: at scale L two runs once came out in different orders.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, test } from 'vitest';
import { writeReports } from '../../src-main/core/report/index.js';
import { withReportData } from '../../src-main/core/report/report-data.js';
import type { RowSource } from '../../src-main/core/report/row-source.js';
import { importedProject, tempDir, writeWorkbook } from '../helpers/programme.js';

const dir = tempDir('twinlens-report-order-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rows a source streams, as the workbook reads them, with the keys asked for. */
async function streamed(source: RowSource, keys: readonly string[]): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  for await (const batch of source.batches()) {
    const columns = keys.map((k) => batch.column(k));
    for (let i = 0; i < batch.length; i++) rows.push(Object.fromEntries(keys.map((k, j) => [k, columns[j]![i]])));
  }
  return rows;
}

const HELICES = ['academia', 'business', 'government', 'civil society'];
const PAIRINGS = 40;
const TIES = 50;

test('tied rows of the data tables keep the file order, whatever the sort keys', async () => {
  // Per pairing, TIES stakeholders all named "Partner" and TIES activities on one day, each
  // with a distinct participant count that gives its place in the file; pairings listed
  // out of order so the sort has work to do.
  const ids = Array.from({ length: PAIRINGS }, (_, i) => `P${String((i * 7) % PAIRINGS).padStart(2, '0')}`);
  const stakeholders: unknown[][] = [['pairing_id', 'organisation', 'helix', 'participants']];
  const activities: unknown[][] = [['pairing_id', 'date', 'type', 'participants', 'description']];
  for (let k = 0; k < TIES; k++) {
    for (const id of ids) {
      stakeholders.push([id, 'Partner', HELICES[(k * 3) % 4], k + 1]);
      activities.push([id, new Date('2019-04-01T00:00:00Z'), 'workshop', k + 1, `meeting ${k + 1}`]);
    }
  }
  const file = await writeWorkbook(join(dir, 'ties.xlsx'), {
    Entities: [['entity_id', 'name', 'country'], ['E1', 'Rotterdam', 'NL'], ['E2', 'Surat', 'IN']],
    Pairings: [['pairing_id', 'title'], ...ids.map((id) => [id, id])],
    Members: [['pairing_id', 'entity_id'], ...ids.flatMap((id) => [[id, 'E1'], [id, 'E2']])],
    Stakeholders: stakeholders,
    Activities: activities,
  });
  const project = await importedProject([file]);
  try {
    const fileOrder = Array.from({ length: TIES }, (_, k) => k + 1);
    for (let run = 0; run < 3; run++) {
      const data = await project.withConnection((c) =>
        withReportData(c, {}, async (d) => ({
          stakeholders: await streamed(d.data.stakeholders, ['pairing_id', 'participants']),
          activities: await streamed(d.data.activities, ['pairing_id', 'participants']),
          counted: d.data.stakeholders.count,
        })),
      );
      expect(data.stakeholders).toHaveLength(PAIRINGS * TIES);
      expect(data.counted).toBe(PAIRINGS * TIES);
      for (const table of ['stakeholders', 'activities'] as const) {
        const sortedIds = [...ids].sort();
        sortedIds.forEach((id, i) => {
          const block = data[table].slice(i * TIES, (i + 1) * TIES);
          expect(block.every((r) => r.pairing_id === id), `${table} of ${id} together`).toBe(true);
          expect(block.map((r) => r.participants), `${table} of ${id}, run ${run + 1}`).toEqual(fileOrder);
        });
      }
    }
    // The workbook has DuckDB write its long sheets' cells: the rows keep that order too.
    const xlsx = join(dir, 'ties-report.xlsx');
    await writeReports(project, {}, { xlsx });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Data stakeholders')!;
    const listed = sheet.getSheetValues().slice(2) as unknown[][];
    expect(listed).toHaveLength(PAIRINGS * TIES);
    [...ids].sort().forEach((id, i) => {
      const block = listed.slice(i * TIES, (i + 1) * TIES);
      expect(block.every((row) => row[1] === id), `workbook rows of ${id} together`).toBe(true);
      expect(block.map((row) => row[5]), `workbook rows of ${id}`).toEqual(fileOrder);
    });
  } finally {
    project.close();
  }
});
