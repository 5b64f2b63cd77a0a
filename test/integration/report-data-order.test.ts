/**
 * The report's data tables list rows that tie on their sort keys (one organisation named
 * twice in a pairing, activities on the same day) in the order of the imported file, the
 * same on every run: at scale L two runs once came out in different orders.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadReportData } from '../../src-main/core/report/report-data.js';
import { importedProject, tempDir, writeWorkbook } from '../helpers/programme.js';

const dir = tempDir('twinlens-report-order-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
      const { data } = await project.withConnection((c) => loadReportData(c, {}));
      expect(data.stakeholders).toHaveLength(PAIRINGS * TIES);
      for (const table of ['stakeholders', 'activities'] as const) {
        const sortedIds = [...ids].sort();
        sortedIds.forEach((id, i) => {
          const block = data[table].slice(i * TIES, (i + 1) * TIES);
          expect(block.every((r) => r.pairing_id === id), `${table} of ${id} together`).toBe(true);
          expect(block.map((r) => r.participants), `${table} of ${id}, run ${run + 1}`).toEqual(fileOrder);
        });
      }
    }
  } finally {
    project.close();
  }
});
