/**
 * Results and outcomes in the evaluation workbook and the PDF (results.md section 7): every
 * number of the Results, Outcomes and SDG targets sheets equals what `indicators --json`, the
 * Results view and the outcome explorer compute for the same scope and as-of day; statuses are
 * spelt out and coloured by conditional formatting; the PDF has the sections, the headlines
 * and the tracking annex; a programme without results says so.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { outcomeRows, resultsTables } from '../../src-main/core/queries/results-detail.js';
import { PDF_SECTIONS } from '../../src-main/core/report/pdf-report.js';
import { TRACKING_ANNEX_LIMIT } from '../../src-main/core/report/pdf-results.js';
import { NO_OUTCOMES, NO_RESULT_INDICATORS } from '../../src-main/core/report/results-sheets.js';
import { writeReports } from '../../src-main/core/report/write-reports.js';
import type { Project } from '../../src-main/core/store/project.js';
import { STATUS_COLOURS } from '../../src-main/shared/charts/results.js';
import { resultHeadlines } from '../../src-main/shared/headlines.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';
import { RESULT_STATUSES, type OutcomeRow, type ResultsTables } from '../../src-main/shared/results.js';
import { RESULTS_PROGRAMME, writeResultsProgramme } from '../fixtures/results-programme.js';
import { writeSmallProgramme } from '../fixtures/small-programme.js';
import { expectResultsSheetsMatch, expectWorkbookMatches } from '../helpers/check-report-workbook.js';
import { REPO } from '../helpers/cli.js';
import { importedProject, tempDir, writeWorkbook } from '../helpers/programme.js';
import { block, readWorkbook, sheet } from '../helpers/report-workbook.js';

const SAMPLE = `${REPO}sample-data/iuc-programme.xlsx`;
const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;
const dir = tempDir('twinlens-results-reports-');
const pdfText = (path: string) => spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

interface Expected {
  ind: Indicators;
  detail: ResultsTables;
  outcomes: OutcomeRow[];
}

async function expected(project: Project, filters: Filters): Promise<Expected> {
  return project.withConnection(async (c) => ({ ind: await computeIndicators(c, filters), detail: await resultsTables(c, filters), outcomes: await outcomeRows(c, filters) }));
}

function allText(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts;
}

describe.each<[string, Filters]>([
  ['the whole sample', {}],
  ['a theme, as of 2019-12-31', { theme: ['Circular economy'], asOf: '2019-12-31' }],
])('the sample programme: %s', (name, filters) => {
  let project: Project;
  let want: Expected;
  let wb: ExcelJS.Workbook;
  const xlsx = join(dir, `sample-${name.length}.xlsx`);
  const pdf = join(dir, `sample-${name.length}.pdf`);
  beforeAll(async () => {
    project = await importedProject([SAMPLE]);
    await writeReports(project, filters, { xlsx, pdf });
    want = await expected(project, filters);
    wb = await readWorkbook(xlsx);
  }, 120_000);
  afterAll(() => project?.close());

  test('the sample has results and outcomes in this scope (so the checks below check something)', () => {
    expect(want.ind.results.indicators).toBeGreaterThan(10);
    expect(want.ind.outcomes.outcomes).toBeGreaterThan(5);
    expect(want.detail.tracking.some((t) => t.achievement !== null)).toBe(true);
  });

  test('every number of the Results, Outcomes and SDG targets sheets equals the indicators, the Results view and the outcome explorer', () => {
    expectWorkbookMatches(wb, want.ind);
    expectResultsSheetsMatch(wb, want.ind, want.detail, want.outcomes);
  });

  test('the scope line of every sheet that states it says the as-of day', () => {
    const scope = String(sheet(wb, 'Summary').getCell('B4').value);
    if (filters.asOf) {
      expect(scope).toContain(`results and outcomes as of ${filters.asOf}`);
      for (const name of ['Results', 'Outcomes', 'SDG targets']) expect(String(sheet(wb, name).getCell('A2').value)).toContain(`as of ${filters.asOf}`);
    } else expect(scope).not.toContain('as of');
  });

  test('the Data sheets of result values and outcomes hold what the figures count: those up to the as-of day', async () => {
    const ids = (name: string) => {
      const ws = sheet(wb, name);
      const out: Array<[string, string]> = [];
      ws.eachRow((row, n) => {
        if (n > 1) out.push([String(row.getCell(1).value), (row.getCell(name === 'Data outcomes' ? 4 : 3).value as Date).toISOString().slice(0, 10)]);
      });
      return out;
    };
    const outcomes = ids('Data outcomes');
    expect(outcomes.map(([id]) => id).sort()).toEqual(want.outcomes.map((o) => o.outcome_id).sort());
    const values = ids('Data result_values');
    const counted = await project.withConnection(async (c) =>
      Number((await c.runAndReadAll(
        `SELECT count(*)::INTEGER AS n FROM result_values v JOIN result_indicators USING (indicator_id) WHERE indicator_id IN (SELECT unnest($ids::VARCHAR[]))${filters.asOf ? ` AND v.period_end <= DATE '${filters.asOf}'` : ''}`,
        { ids: `[${want.detail.tracking.map((t) => JSON.stringify(t.indicator_id).replaceAll("'", "''")).join(',')}]` },
      )).getRowObjectsJS()[0]!.n),
    );
    expect(values).toHaveLength(counted);
    if (filters.asOf) {
      expect(values.every(([, end]) => end <= filters.asOf!)).toBe(true);
      expect(outcomes.every(([, day]) => day <= filters.asOf!)).toBe(true);
    }
  });

  test('the Status column spells every status out, coloured by conditional formatting keyed on the word', () => {
    const results = sheet(wb, 'Results');
    const rows = block(results, 'Indicator tracking table');
    expect(new Set(rows.map((r) => r.Status))).toEqual(new Set(want.detail.tracking.map((t) => t.status)));
    for (const r of rows) expect(RESULT_STATUSES).toContain(r.Status);
    let header = 0;
    results.eachRow((row, n) => {
      if (row.getCell(1).value === 'Indicator tracking table') header = n + 1;
    });
    const statusColumn = (results.getRow(header).values as unknown[]).indexOf('Status');
    const letter = String.fromCharCode(64 + statusColumn);
    const formats = (results as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual([`${letter}${header + 1}:${letter}${header + rows.length}`]);
    const rules = formats[0]!.rules as Array<{ type: string; operator: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }>;
    expect(rules.map((r) => [r.type, r.operator, r.formulae[0]])).toEqual(RESULT_STATUSES.map((s) => ['cellIs', 'equal', `"${s}"`]));
    for (const [i, status] of RESULT_STATUSES.entries()) expect(rules[i]!.style.fill.bgColor.argb).toBe(`FF${STATUS_COLOURS[status].slice(1).toUpperCase()}`);
    // No fixed fills: a sorted or edited table keeps its colours right.
    expect(results.getRow(header + 1).getCell(statusColumn).fill).toBeUndefined();
  });

  test('charts on the Results, Outcomes and SDG targets sheets; list tables filterable', () => {
    expect(sheet(wb, 'Results').getImages().length).toBe(3);
    expect(sheet(wb, 'Outcomes').getImages().length).toBe(3);
    expect(sheet(wb, 'SDG targets').getImages().length).toBe(1);
    expect(String(sheet(wb, 'Results').autoFilter)).toMatch(/^A\d+:O\d+$/);
    expect(String(sheet(wb, 'Outcomes').autoFilter)).toMatch(/^A\d+:P\d+$/);
  });

  test.skipIf(!POPPLER)('the PDF has the Results and Outcomes sections, the results headlines, the as-of scope and the tracking annex', () => {
    const text = pdfText(pdf);
    for (const title of PDF_SECTIONS) expect(text, title).toContain(title);
    const keys = resultHeadlines(want.ind);
    expect(keys.length).toBeGreaterThan(0);
    for (const h of keys) {
      expect(text, h.label).toContain(h.display);
      expect(text, h.label).toContain(h.sentence.slice(0, 40));
    }
    if (filters.asOf) expect(text).toContain(`results and outcomes as of ${filters.asOf}`);
    const annex = text.slice(text.lastIndexOf('Annex D. Result indicator tracking table'));
    for (const t of want.detail.tracking.slice(0, TRACKING_ANNEX_LIMIT)) expect(annex, t.indicator_id).toContain(t.pairing_id);
    expect(annex).not.toContain('are listed; the workbook');
  });
});

describe('a programme whose every result figure is worked out by hand, as of 2020-09-30', () => {
  let project: Project;
  beforeAll(async () => {
    project = await importedProject([await writeResultsProgramme(dir)]);
  });
  afterAll(() => project?.close());

  test.each<[string, Filters]>([
    ['all of it', {}],
    ['as of 2020-09-30', { asOf: '2020-09-30' }],
    ['Europe as of 2019-12-31', { region: ['Europe'], asOf: '2019-12-31' }],
  ])('%s: the workbook equals the indicators and the detail', async (name, filters) => {
    const xlsx = join(dir, `hand-${name.length}.xlsx`);
    await writeReports(project, filters, { xlsx });
    const want = await expected(project, filters);
    const wb = await readWorkbook(xlsx);
    expectWorkbookMatches(wb, want.ind);
    expectResultsSheetsMatch(wb, want.ind, want.detail, want.outcomes);
    // Every edge of results.md section 3 is in the fixture: each status shows up spelt out.
    if (!filters.asOf && !filters.region) expect(new Set(block(sheet(wb, 'Results'), 'Indicator tracking table').map((r) => r.Status))).toEqual(new Set(RESULT_STATUSES));
  });

  test('a scope with no result indicator: the sheets say so and every figure is zero', async () => {
    const filters: Filters = { theme: ['no theme is called this'] };
    const xlsx = join(dir, 'hand-empty.xlsx');
    await writeReports(project, filters, { xlsx });
    const want = await expected(project, filters);
    const wb = await readWorkbook(xlsx);
    expectResultsSheetsMatch(wb, want.ind, want.detail, want.outcomes);
    expect(allText(sheet(wb, 'Results'))).toContain('No result indicator belongs to the pairings in this scope: every figure below is zero.');
    expect(allText(sheet(wb, 'SDG targets'))).toContain('No result indicator or outcome in this scope names an SDG target.');
  });
});

describe('a programme without the results sheets', () => {
  let project: Project;
  const xlsx = join(dir, 'no-results.xlsx');
  const pdf = join(dir, 'no-results.pdf');
  beforeAll(async () => {
    project = await importedProject([await writeSmallProgramme(dir)]);
    await writeReports(project, {}, { xlsx, pdf });
  });
  afterAll(() => project?.close());

  test('the sheets are there, each with one line saying the programme has none', async () => {
    const wb = await readWorkbook(xlsx);
    expect(allText(sheet(wb, 'Results'))).toContain(NO_RESULT_INDICATORS);
    expect(allText(sheet(wb, 'Outcomes'))).toContain(NO_OUTCOMES);
    expect(allText(sheet(wb, 'Summary'))).toContain("The programme's data has no result indicators or outcomes.");
    for (const name of ['Results', 'Outcomes', 'SDG targets']) expect(sheet(wb, name).getImages(), name).toEqual([]);
  });

  test.skipIf(!POPPLER)('the PDF keeps its sections and says the same', () => {
    const text = pdfText(pdf);
    for (const title of PDF_SECTIONS) expect(text, title).toContain(title);
    expect(text).toContain(NO_RESULT_INDICATORS.slice(0, 60));
    expect(text).toContain(NO_OUTCOMES.slice(0, 60));
  });
});

test.skipIf(!POPPLER)('the tracking annex lists the first indicators and says the workbook has them all', async () => {
  const indicators = Array.from({ length: TRACKING_ANNEX_LIMIT + 12 }, (_, i) => [`I${String(i).padStart(3, '0')}`, 'P1', null, 'output', `Indicator ${i}`]);
  const file = await writeWorkbook(join(dir, 'many-indicators.xlsx'), {
    ...RESULTS_PROGRAMME,
    'Result indicators': [['indicator_id', 'pairing_id', 'entity_id', 'level', 'title'], ...indicators],
    'Result values': [['indicator_id', 'period_start', 'period_end', 'target', 'actual']],
    Outcomes: [RESULTS_PROGRAMME.Outcomes[0]!],
  });
  const project = await importedProject([file]);
  try {
    const pdf = join(dir, 'many-indicators.pdf');
    await writeReports(project, {}, { pdf });
    const annex = pdfText(pdf).split('Annex D. Result indicator tracking table').at(-1)!;
    expect(annex).toContain(`The first ${TRACKING_ANNEX_LIMIT} of ${TRACKING_ANNEX_LIMIT + 12} indicators are listed; the workbook's Results sheet lists them all.`);
    expect(annex).toContain(`Indicator ${TRACKING_ANNEX_LIMIT - 1} `);
    expect(annex).not.toContain(`Indicator ${TRACKING_ANNEX_LIMIT + 1} `);
  } finally {
    project.close();
  }
});
