/**
 * Issue 6, property-based: random workbooks, damaged workbooks and random CSVs never crash
 * the importer. Every input ends in a clean import or in errors that each name the file
 * (and the sheet wherever a row is named), none of them "an unexpected error" (which is
 * how the importer reports a fault of its own). Seeded: a failure names its seed and path.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { CANONICAL_SHEETS, FLAT_LIST_COLUMNS } from '../../src-main/core/import/sheet-specs.js';
import { Project } from '../../src-main/core/store/project.js';
import type { ImportIssue } from '../../src-main/shared/issues.js';
import { tempDir } from '../helpers/programme.js';
import { buildZip } from '../integration/zip-writer.js';
import { sampleParts } from './hostile-files.js';

const SEED = 20_261_123;
const dir = tempDir('twinlens-random-');
let project: Project;
let counter = 0;
const tally = { clean: 0, refused: 0 };

beforeAll(async () => {
  project = await Project.open();
});
afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`random inputs: ${tally.clean} imported cleanly, ${tally.refused} refused with located errors`);
});

/** The property: the import settles, and ends clean or with located errors only. */
async function importsOrRefusesCleanly(path: string, name: string, isWorkbook: boolean): Promise<void> {
  const outcome = await project.importFiles([path]);
  const located = (issue: ImportIssue) => {
    expect(issue.file, JSON.stringify(issue)).toBe(name);
    expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(issue.message.length).toBeGreaterThan(10);
    expect(issue.message, JSON.stringify(issue)).not.toMatch(/unexpected error|TypeError|RangeError|Cannot read properties|    at /);
    if (isWorkbook && issue.row !== null) expect(issue.sheet, JSON.stringify(issue)).not.toBeNull();
  };
  outcome.report.errors.forEach(located);
  outcome.report.warnings.forEach(located);
  if (outcome.ok) {
    expect(outcome.report.errors).toEqual([]);
    tally.clean++;
    // What was imported can be measured, too.
    await project.withConnection((c) => computeIndicators(c, {}));
  } else {
    expect(outcome.report.errors.length).toBeGreaterThan(0);
    tally.refused++;
  }
}

// ---------------------------------------------------------------------------------------
// Cells, as a spreadsheet may hold them.

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', 'NL', 'Netherlands', 'IN', 'Côte d’Ivoire', 'yes', 'no', 'city', 'region', 'EU', 'partner', 'Circular economy', '=1+1', '@SUM(A1)', '<img src=x onerror=alert(1)>', '&amp;', '\u0000', '\uFEFF', '2020-01-01', '31/12/2019'),
);
/** exceljs's writer wants ordinary objects; fast-check's records have no prototype. */
const plain = <T extends object>(a: fc.Arbitrary<T>) => a.map((v) => ({ ...v }) as unknown as ExcelJS.CellValue);

const cell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  text,
  fc.double(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 63, -0, 0.1 + 0.2, 45000, 1e-300),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date('1899-12-31T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
  plain(fc.record({ formula: fc.constantFrom('A1+1', 'NOW()', 'SUM(A:A)', '1/0', 'HYPERLINK("http://x","y")'), result: fc.oneof(fc.integer(), text) })),
  plain(fc.record({ error: fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!') })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((parts) => ({ richText: parts.map((t) => ({ text: t, font: { bold: true } })) })),
  plain(fc.record({ text, hyperlink: fc.constantFrom('https://example.org', 'file:///etc/passwd', 'javascript:alert(1)') })),
);

const KNOWN_HEADERS = [...new Set([...CANONICAL_SHEETS.flatMap((s) => s.columns.map((c) => c.name)), ...FLAT_LIST_COLUMNS.map((c) => c.name)])];
const header = fc.oneof(fc.constantFrom(...KNOWN_HEADERS), text);
const SHEET_NAMES = [...CANONICAL_SHEETS.map((s) => s.sheet), 'README', 'Pairing list', 'Sheet1'];
const sheetName = fc.oneof(
  fc.constantFrom(...SHEET_NAMES),
  fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[[\]:*?/\\]/.test(s) && s.trim() !== '' && !/^'|'$/.test(s) && s.toLowerCase() !== 'history'),
);

const sheet = fc.record({
  name: sheetName,
  headers: fc.array(header, { maxLength: 8 }),
  rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
  blankRowsBefore: fc.nat({ max: 3 }),
});
const workbook = fc.uniqueArray(sheet, { minLength: 1, maxLength: 5, selector: (s) => s.name.toLowerCase() });

interface RandomSheet {
  name: string;
  headers: string[];
  rows: ExcelJS.CellValue[][];
  blankRowsBefore: number;
}

async function writeRandomWorkbook(path: string, sheets: RandomSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (let i = 0; i < s.blankRowsBefore; i++) ws.addRow([]);
    if (s.headers.length > 0) ws.addRow(s.headers);
    for (const row of s.rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(path);
}

describe('random inputs never crash the importer', () => {
  test('random workbooks: unicode, formulas, errors, dates, huge numbers, rich text, links, empties', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (sheets) => {
        const name = `random-${counter++}.xlsx`;
        const path = join(dir, name);
        await writeRandomWorkbook(path, sheets);
        await importsOrRefusesCleanly(path, name, true);
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  test('random workbooks whose sheets are the programme\'s own: headers right, cells random', { timeout: 120_000 }, async () => {
    const programme = fc.record({
      rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 10 }), { maxLength: 8 }),
      sheets: fc.subarray(CANONICAL_SHEETS.map((s) => s.sheet), { minLength: 1 }),
    });
    await fc.assert(
      fc.asyncProperty(programme, async ({ rows, sheets }) => {
        const name = `programme-${counter++}.xlsx`;
        const path = join(dir, name);
        await writeRandomWorkbook(path, sheets.map((s) => ({
          name: s,
          headers: CANONICAL_SHEETS.find((c) => c.sheet === s)!.columns.map((c) => c.name),
          rows,
          blankRowsBefore: 0,
        })));
        await importsOrRefusesCleanly(path, name, true);
      }),
      { seed: SEED + 1, numRuns: 60 },
    );
  });

  test('valid flat lists with random names (unicode, markup, formulas): most import cleanly', { timeout: 120_000 }, async () => {
    const name = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 25 }), fc.constantFrom('<img src=x onerror=alert(1)>', '=HYPERLINK("x")', '@cmd', 'Medellín', '東京', 'Zürich'))
      .filter((s) => /[\p{L}\p{N}]/u.test(s) && !/[&+/\u0000-\u001f\u007f-\u009f\u2028\u2029"]/u.test(s) && s.trim() === s);
    const country = fc.constantFrom('NL', 'Netherlands', 'IT', 'Italy', 'ES', 'IN', 'India', 'CN', 'China', 'JP', 'Japan', 'US', 'MX', 'Mexico', 'BR', 'CO', 'Colombia');
    const row = fc.tuple(name, country, name, country, fc.constantFrom('', 'Circular economy', 'Urban mobility; Climate', 'Made-up theme'), fc.constantFrom('', '2018-01-01', '2020-06-30', '01/02/2019'));
    const list = fc.array(row, { minLength: 1, maxLength: 20 });
    let clean = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(list, fc.boolean(), async (rows, asWorkbook) => {
        runs++;
        const headers = ['EU city', 'EU country', 'Partner city', 'Partner country', 'Themes', 'Start date'];
        const fileName = `flat-${counter++}.${asWorkbook ? 'xlsx' : 'csv'}`;
        const path = join(dir, fileName);
        if (asWorkbook) await writeRandomWorkbook(path, [{ name: 'Pairings list', headers, rows, blankRowsBefore: 0 }]);
        else writeFileSync(path, [headers, ...rows].map((r) => r.map((v) => (/[",;\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',')).join('\n'));
        const before = tally.clean;
        await importsOrRefusesCleanly(path, fileName, asWorkbook);
        if (tally.clean > before) clean++;
      }),
      { seed: SEED + 4, numRuns: 60 },
    );
    // Else the clean path (normalising, storing, measuring) was hardly exercised.
    expect(clean / runs).toBeGreaterThan(0.5);
  });

  test('the sample workbook with random bytes changed, inserted or cut', { timeout: 120_000 }, async () => {
    // Stored (not deflated), so changed bytes reach the XML itself, not only the inflater.
    const stored = buildZip(sampleParts().map((p) => ({ ...p, method: 0 as const }))).bytes;
    const damage = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('set' as const), at: fc.nat({ max: stored.length - 1 }), byte: fc.constantFrom(0x3c, 0x3e, 0x22, 0x26, 0x2f, 0x00, 0xff, 0x20, 0x41) }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat({ max: stored.length - 1 }), byte: fc.constant(0) }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(damage, async (changes) => {
        let bytes = Buffer.from(stored);
        for (const c of changes) {
          if (c.kind === 'set') bytes[c.at % bytes.length] = c.byte;
          else bytes = bytes.subarray(0, Math.max(1, c.at % bytes.length));
        }
        const name = `damaged-${counter++}.xlsx`;
        const path = join(dir, name);
        writeFileSync(path, bytes);
        await importsOrRefusesCleanly(path, name, true);
      }),
      { seed: SEED + 2, numRuns: 80 },
    );
  });

  test('random CSVs: delimiters, quotes, line ends, BOMs and encodings', { timeout: 120_000 }, async () => {
    const csvCell = fc.oneof(text, fc.constantFrom('"', '""', 'a"b', ',', ';', '\t', '\n', '\r\n', 'Zürich', 'São Paulo', '北京', '🏙️'));
    const csv = fc.record({
      headers: fc.oneof(
        fc.constant(FLAT_LIST_COLUMNS.map((c): string => c.name)),
        fc.constant(['EU city', 'EU country', 'Partner city', 'Partner country']),
        fc.array(header, { maxLength: 8 }),
      ) as fc.Arbitrary<string[]>,
      rows: fc.array(fc.array(csvCell, { maxLength: 9 }), { maxLength: 15 }),
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      quoteAll: fc.boolean(),
      lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
      encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'windows-1252'),
      stem: fc.constantFrom('pairings', 'entities', 'members', 'list', 'Themes'),
      strayQuote: fc.option(fc.nat(), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(csv, async (c) => {
        const quote = (v: string) => (c.quoteAll || /["\r\n,;\t|]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
        let body = [c.headers, ...c.rows].map((r) => r.map(quote).join(c.delimiter)).join(c.lineEnd);
        if (c.strayQuote !== null && body.length > 0) {
          const at = c.strayQuote % body.length;
          body = `${body.slice(0, at)}"${body.slice(at)}`;
        }
        const name = `${c.stem}-${counter++}.csv`;
        const path = join(dir, name);
        writeFileSync(path, encode(body, c.encoding));
        await importsOrRefusesCleanly(path, name, false);
      }),
      { seed: SEED + 3, numRuns: 150 },
    );
  });
});

function encode(text: string, encoding: string): Buffer {
  switch (encoding) {
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'windows-1252':
      // Latin-1 bytes for what fits, '?' for the rest: what a legacy export does.
      return Buffer.from([...text].map((ch) => (ch.codePointAt(0)! < 256 ? ch.codePointAt(0)! : 0x3f)));
    default:
      return Buffer.from(text, 'utf8');
  }
}
