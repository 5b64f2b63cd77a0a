/**
 * Issue 12, property-based: random result sheets (Result indicators, Result values,
 * Outcomes) on a valid programme end in a clean import or in errors that each name the
 * file, sheet, row and column, never a crash; and what imports cleanly is measured with
 * figures that hold together (every indicator has one status and one level, shares lie in
 * [0, 1], reported <= due). Seeded: a failure names its seed and path.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { Project } from '../../src-main/core/store/project.js';
import type { ImportIssue } from '../../src-main/shared/issues.js';
import { tempDir } from '../helpers/programme.js';

const SEED = 20_261_206;
const dir = tempDir('twinlens-random-results-');
let project: Project;
let counter = 0;
const tally = { clean: 0, refused: 0 };

beforeAll(async () => {
  project = await Project.open();
});
afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`random result sheets: ${tally.clean} imported cleanly, ${tally.refused} refused with located errors`);
});

const PROGRAMME = {
  Entities: [['entity_id', 'name', 'country'], ['E1', 'Rotterdam', 'NL'], ['E2', 'Surat', 'IN'], ['E3', 'Cali', 'CO'], ['E4', 'Medellín', 'CO'], ['E5', 'Belfast', 'GB']],
  Pairings: [['pairing_id', 'start_date'], ['P1', '2018-01-01'], ['P2', '2018-06-01']],
  Members: [['pairing_id', 'entity_id'], ['P1', 'E1'], ['P1', 'E2'], ['P2', 'E5'], ['P2', 'E3'], ['P2', 'E4']],
};

/** Mostly plausible values, with the mistakes people make mixed in. */
const odd = fc.constantFrom<ExcelJS.CellValue>('', ' ', '=1+1', '<b>x</b>', '\u0000', 'n/a', '#N/A', '1e999', '-0', '45%%', '12,5');
const id = (prefix: string, n: number) => fc.oneof(fc.integer({ min: 1, max: n }).map((i) => `${prefix}${i}`), odd);
const pairing = fc.oneof(fc.constantFrom('P1', 'P2', 'P1', 'P2', 'P9'), odd);
const entity = fc.oneof(fc.constantFrom<ExcelJS.CellValue>(null, 'E1', 'E2', 'E3', 'E4', 'E5', 'E9'), odd);
const coded = (values: string[]) => fc.oneof(fc.constantFrom<ExcelJS.CellValue>(...values, null), fc.constantFrom(...values).map((v) => v.toUpperCase()), odd);
const number = fc.oneof(
  fc.constant<ExcelJS.CellValue>(null),
  fc.integer({ min: -100, max: 500 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n} %`),
  odd,
);
const day = fc.oneof(
  fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2022-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`)),
  fc.constantFrom<ExcelJS.CellValue>(null, '2019-12-31', '31/12/2019', 'March 2019', '2019-02-30', 'soon'),
);
const sdg = fc.oneof(fc.constantFrom<ExcelJS.CellValue>(null, '11.3', '13.2; 11.6', '17.17,7.2', '13.b', '18.1', 'SDG 11', '11.3;;'), odd);

const indicatorRow = fc.tuple(id('I', 6), pairing, entity, coded(['output', 'outcome', 'impact']), fc.oneof(fc.constant('Staff trained'), odd),
  fc.constantFrom(null, 'people', '%', 'tCO2e'), coded(['number', 'percentage', 'qualitative']), coded(['increase', 'decrease']), coded(['level', 'incremental']),
  number, day, fc.constantFrom(null, 'GERF 2.5', 'gerf 2.5 ', 'SDG 11.3'), sdg);
const valueRow = fc.tuple(id('I', 6), day, day, number, number, fc.constantFrom(null, 'on plan', '<script>'));
const outcomeRow = fc.tuple(id('O', 8), pairing, entity, day, fc.oneof(fc.constant('Council adopted the plan'), odd),
  coded(['policy', 'practice', 'investment', 'relationship', 'capacity', 'agenda']), coded(['government', 'NGO', 'university', 'SME']),
  coded(['high', 'medium', 'low']), fc.constantFrom(null, 'Peer review'), fc.constantFrom(null, 'https://example.org'),
  coded(['unverified', 'substantiated', 'disputed']), number, sdg, fc.oneof(fc.constantFrom<ExcelJS.CellValue>(null, 'I1', 'I2'), odd));

const HEADERS = {
  'Result indicators': ['indicator_id', 'pairing_id', 'entity_id', 'level', 'title', 'unit', 'measure', 'direction', 'accumulation', 'baseline', 'baseline_date', 'framework_ref', 'sdg_targets'],
  'Result values': ['indicator_id', 'period_start', 'period_end', 'target', 'actual', 'comment'],
  Outcomes: ['outcome_id', 'pairing_id', 'entity_id', 'date', 'description', 'change_type', 'actor_helix', 'significance', 'contribution', 'evidence', 'substantiation', 'amount_eur', 'sdg_targets', 'indicator_id'],
};

const located = (name: string) => (issue: ImportIssue) => {
  expect(issue.file, JSON.stringify(issue)).toBe(name);
  expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  expect(issue.message, JSON.stringify(issue)).not.toMatch(/unexpected error|TypeError|RangeError|Cannot read properties|    at /);
  if (issue.row !== null) {
    expect(issue.sheet, JSON.stringify(issue)).not.toBeNull();
    expect(issue.column, JSON.stringify(issue)).not.toBeNull();
  }
};

test('random result sheets end in a clean import with coherent figures, or in located errors', { timeout: 180_000 }, async () => {
  const sheets = fc.record({
    indicators: fc.array(indicatorRow, { maxLength: 8 }),
    values: fc.array(valueRow, { maxLength: 12 }),
    outcomes: fc.array(outcomeRow, { maxLength: 8 }),
    asOf: fc.constantFrom(undefined, '2019-06-30', '2021-12-31'),
  });
  await fc.assert(
    fc.asyncProperty(sheets, async ({ indicators, values, outcomes, asOf }) => {
      const name = `results-${counter++}.xlsx`;
      const path = join(dir, name);
      const wb = new ExcelJS.Workbook();
      for (const [sheet, rows] of Object.entries(PROGRAMME)) for (const row of rows) (wb.getWorksheet(sheet) ?? wb.addWorksheet(sheet)).addRow(row);
      const write = (sheet: keyof typeof HEADERS, rows: ExcelJS.CellValue[][]) => {
        const ws = wb.addWorksheet(sheet);
        ws.addRow(HEADERS[sheet]);
        for (const row of rows) ws.addRow(row);
      };
      write('Result indicators', indicators);
      write('Result values', values);
      write('Outcomes', outcomes);
      await wb.xlsx.writeFile(path);

      const outcome = await project.importFiles([path]);
      outcome.report.errors.forEach(located(name));
      outcome.report.warnings.forEach(located(name));
      if (!outcome.ok) {
        expect(outcome.report.errors.length).toBeGreaterThan(0);
        tally.refused++;
        return;
      }
      tally.clean++;
      const ind = await project.withConnection((c) => computeIndicators(c, asOf ? { asOf } : {}));
      const r = ind.results;
      expect(Object.values(r.byStatus).reduce((a, b) => a + b, 0)).toBe(r.indicators);
      expect(r.byLevel.reduce((a, l) => a + l.indicators, 0)).toBe(r.indicators);
      expect(r.completeness.reported).toBeLessThanOrEqual(r.completeness.due);
      expect(r.progress.improved).toBeLessThanOrEqual(r.progress.compared);
      for (const share of [r.onTrackShare, r.completeness.share, ind.outcomes.twoWayShare, ind.outcomes.substantiatedShare, ind.outcomes.pairingsWithOutcomesShare]) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
      expect(ind.outcomes.byType.reduce((a, t) => a + t.outcomes, 0)).toBe(ind.outcomes.outcomes);
      expect(ind.outcomes.byYear.reduce((a, y) => a + y.outcomes, 0)).toBe(ind.outcomes.outcomes);
      expect(ind.scope.asOf).toBe(asOf ?? null);
    }),
    { seed: SEED, numRuns: 120 },
  );
  // Else the clean path (measuring what was imported) was hardly exercised.
  expect(tally.clean).toBeGreaterThan(5);
});
