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

/**
 * Rows that are valid by construction (each indicator's periods are distinct years, its
 * member one of its pairing's, numbers only on quantitative indicators), then a few cells
 * overwritten with what people get wrong: so some imports are clean and measured, and the
 * others fail on mixtures of mistakes.
 */
const MEMBERS: Record<string, string[]> = { P1: ['E1', 'E2'], P2: ['E5', 'E3', 'E4'] };
const odd = fc.constantFrom<ExcelJS.CellValue>('', ' ', '=1+1', '<b>x</b>', '\u0000', 'n/a', '#N/A', '1e999', '-0', '45%%', '12,5', 'P9', 'E9', 'I99',
  'OUTPUT', 'Decrease', 'incremental', 'qualitative', 'money', 'aliens', '18.1', '2019-02-30', '31/12/2019', -5, 0, 1e308);
const number = fc.oneof(
  { arbitrary: fc.integer({ min: -100, max: 500 }), weight: 4 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`), weight: 1 },
  { arbitrary: fc.constant<ExcelJS.CellValue>(null), weight: 2 },
);
const sdg = fc.constantFrom<ExcelJS.CellValue>(null, '11.3', '13.2; 11.6', '17.17,7.2', '13.B');
const indicator = fc.record({
  pairing: fc.constantFrom('P1', 'P2'),
  member: fc.nat(3),
  level: fc.constantFrom('output', 'Outcome', 'impact'),
  measure: fc.constantFrom('number', 'percentage', 'qualitative', null),
  direction: fc.constantFrom('increase', 'decrease', null),
  accumulation: fc.constantFrom('level', 'incremental', null),
  baseline: number,
  framework: fc.constantFrom(null, 'GERF 2.5', 'gerf 2.5 ', 'SDG 11.3'),
  sdg,
  years: fc.uniqueArray(fc.integer({ min: 2017, max: 2022 }), { maxLength: 4 }),
  targets: fc.array(number, { minLength: 4, maxLength: 4 }),
  actuals: fc.array(number, { minLength: 4, maxLength: 4 }),
});
const outcome = fc.record({
  pairing: fc.constantFrom('P1', 'P2'),
  member: fc.nat(3),
  date: fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2022-12-31T00:00:00Z'), noInvalidDate: true }),
  type: fc.constantFrom('policy', 'Practice', 'investment', 'relationship', 'capacity', 'agenda'),
  helix: fc.constantFrom(null, 'government', 'NGO', 'university', 'SME'),
  significance: fc.constantFrom(null, 'high', 'medium', 'low'),
  substantiation: fc.constantFrom(null, 'unverified', 'substantiated', 'disputed'),
  amount: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5_000_000 })),
  sdg,
  evidences: fc.boolean(),
});
const mistake = fc.record({ sheet: fc.constantFrom(0, 1, 2), row: fc.nat(), column: fc.nat(), value: odd });

function buildRows(indicators: Array<typeof indicator extends fc.Arbitrary<infer T> ? T : never>, outcomes: Array<typeof outcome extends fc.Arbitrary<infer T> ? T : never>): [ExcelJS.CellValue[][], ExcelJS.CellValue[][], ExcelJS.CellValue[][]] {
  const indicatorRows: ExcelJS.CellValue[][] = [];
  const valueRows: ExcelJS.CellValue[][] = [];
  indicators.forEach((i, n) => {
    const id = `I${n + 1}`;
    const members = MEMBERS[i.pairing]!;
    const qualitative = i.measure === 'qualitative';
    const direction = i.accumulation === 'incremental' ? 'increase' : i.direction;
    indicatorRows.push([id, i.pairing, i.member < members.length ? members[i.member]! : null, i.level, `Indicator ${n + 1}`, null, i.measure, direction, i.accumulation,
      qualitative ? null : i.baseline, null, i.framework, i.sdg]);
    i.years.forEach((year, k) => {
      valueRows.push([id, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31)), qualitative ? null : i.targets[k]!, qualitative ? null : i.actuals[k]!, qualitative ? 'narrative' : null]);
    });
  });
  const outcomeRows = outcomes.map((o, n): ExcelJS.CellValue[] => {
    const members = MEMBERS[o.pairing]!;
    const evidenced = o.evidences ? indicators.findIndex((i) => i.pairing === o.pairing) : -1;
    return [`O${n + 1}`, o.pairing, members[o.member % members.length]!, new Date(`${o.date.toISOString().slice(0, 10)}T00:00:00Z`), 'Council adopted the plan', o.type, o.helix,
      o.significance, null, null, o.substantiation, o.amount, o.sdg, evidenced >= 0 ? `I${evidenced + 1}` : null];
  });
  return [indicatorRows, valueRows, outcomeRows];
}

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
    indicators: fc.array(indicator, { maxLength: 8 }),
    outcomes: fc.array(outcome, { maxLength: 8 }),
    mistakes: fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, { arbitrary: fc.array(mistake, { minLength: 1, maxLength: 3 }), weight: 3 }),
    asOf: fc.constantFrom(undefined, '2019-06-30', '2021-12-31'),
  });
  await fc.assert(
    fc.asyncProperty(sheets, async ({ indicators: drawn, outcomes: harvested, mistakes, asOf }) => {
      const [indicators, values, outcomes] = buildRows(drawn, harvested);
      for (const m of mistakes) {
        const rows = [indicators, values, outcomes][m.sheet]!;
        if (rows.length === 0) continue;
        const row = rows[m.row % rows.length]!;
        row[m.column % row.length] = m.value;
      }
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
