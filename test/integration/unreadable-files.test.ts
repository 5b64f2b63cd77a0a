/**
 * data-model.md, last paragraph: a file that is not a readable workbook or text file is
 * refused as a whole, with one error naming the file, and the command line exits 2.
 * Damaged workbooks are built byte by byte (zip-writer.ts) from the real sample.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ImportOutcome, Project } from '../../src-main/core/store/project.js';
import { REPO, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';
import { type ZipPart, buildZip, readZip, seededBytes } from './zip-writer.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const PER_FILE_MS = 10_000;

async function importWithin(path: string): Promise<ImportOutcome> {
  const project = await Project.open();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${path}: import did not finish within ${PER_FILE_MS} ms`)), PER_FILE_MS);
  });
  try {
    const outcome = await Promise.race([project.importFiles([path]), timeout]);
    project.close();
    return outcome;
  } finally {
    clearTimeout(timer);
  }
}

/** The sample's parts, with one changed by `edit` (which may also reorder or drop parts). */
function sampleWith(edit: (parts: ZipPart[]) => ZipPart[]): ZipPart[] {
  return edit(readZip(readFileSync(SAMPLE)));
}
const textOf = (p: ZipPart) => (Buffer.isBuffer(p.data) ? p.data.toString('utf8') : p.data);

/** The sample's Pairings sheet part: the workbook names it, the rels place it. */
function pairingsPart(parts: ZipPart[]): string {
  const workbook = textOf(parts.find((p) => p.name === 'xl/workbook.xml')!);
  const rels = textOf(parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!);
  const rid = /<sheet [^>]*name="Pairings"[^>]*r:id="([^"]+)"/.exec(workbook)![1]!;
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return `xl/${target[1] ?? target[2]}`;
}

interface Case {
  file: string;
  /** Writes the file into dir; returns nothing. */
  make: (path: string) => void;
  /** Words the message must contain besides the file name. */
  says: RegExp;
}

const CASES: Case[] = [
  { file: 'empty.xlsx', make: (p) => writeFileSync(p, ''), says: /empty/ },
  { file: 'empty.csv', make: (p) => writeFileSync(p, ''), says: /empty/ },
  { file: 'random.xlsx', make: (p) => writeFileSync(p, seededBytes(64 * 1024, 1)), says: /not one|workbook/i },
  { file: 'random.csv', make: (p) => writeFileSync(p, seededBytes(64 * 1024, 2)), says: /NUL|binary|not .*text/i },
  { file: 'truncated.xlsx', make: (p) => { const b = readFileSync(SAMPLE); writeFileSync(p, b.subarray(0, b.length >> 1)); }, says: /damaged|incomplete/ },
  {
    file: 'no-workbook.xlsx',
    make: (p) => writeFileSync(p, buildZip([{ name: 'readme.txt', data: 'hello' }, { name: 'data/sheet1.xml', data: '<sheet/>', method: 0 }]).bytes),
    says: /no Excel workbook/,
  },
  {
    file: 'nul.csv',
    make: (p) => writeFileSync(p, Buffer.concat([Buffer.from('EU city,EU country,Partner city,Partner country\nRotterdam,NL,'), Buffer.from([0, 0, 0]), Buffer.from('Surat,IN\n')])),
    says: /NUL/,
  },
  {
    file: 'legacy.xls',
    make: (p) => writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), seededBytes(4096, 3)])),
    says: /97-2003/,
  },
  // Damage inside an otherwise valid workbook, found only while reading it.
  {
    file: 'checksum.xlsx',
    make: (p) => {
      const parts = sampleWith((ps) => ps.map((q) => ({ ...q, method: 0 as const })));
      const zip = buildZip(parts);
      const sheet = zip.parts.find((q) => q.name === pairingsPart(parts))!;
      // A letter inside the sheet's XML changes: still well-formed, but not what was written.
      const at = zip.bytes.indexOf('<row', sheet.dataStart) + 1;
      zip.bytes[at] = 'R'.charCodeAt(0);
      writeFileSync(p, zip.bytes);
    },
    says: /checksum/,
  },
  {
    file: 'cut-sheet.xlsx',
    make: (p) => {
      // A writer that stopped half way through a sheet, its zip entry otherwise consistent.
      const parts = sampleWith((ps) => {
        const name = pairingsPart(ps);
        return ps.map((q) => (q.name === name ? { ...q, data: textOf(q).slice(0, textOf(q).length >> 1) } : q));
      });
      writeFileSync(p, buildZip(parts).bytes);
    },
    says: /ends before its XML is complete/,
  },
  {
    file: 'zero-size-entry.xlsx',
    make: (p) => {
      // The directory says a deflated sheet has 0 compressed bytes (this hung the reader).
      const parts = sampleWith((ps) => ps);
      const zip = buildZip(parts);
      zip.bytes.writeUInt32LE(0, zip.parts.find((q) => q.name === pairingsPart(parts))!.centralHeader + 20);
      writeFileSync(p, zip.bytes);
    },
    says: /damaged/,
  },
  {
    file: 'wrong-offset.xlsx',
    make: (p) => {
      const parts = sampleWith((ps) => ps);
      const zip = buildZip(parts);
      const sheet = zip.parts.find((q) => q.name === pairingsPart(parts))!;
      const other = zip.parts.find((q) => q.name === 'xl/styles.xml')!;
      zip.bytes.writeUInt32LE(other.localHeader, sheet.centralHeader + 42);
      writeFileSync(p, zip.bytes);
    },
    says: /names another entry/,
  },
  {
    file: 'encrypted-entry.xlsx',
    make: (p) => {
      const parts = sampleWith((ps) => ps);
      const zip = buildZip(parts);
      const at = zip.parts.find((q) => q.name === pairingsPart(parts))!.centralHeader + 8;
      zip.bytes.writeUInt16LE(zip.bytes.readUInt16LE(at) | 1, at);
      writeFileSync(p, zip.bytes);
    },
    says: /encrypted/,
  },
  {
    file: 'no-shared-strings.xlsx',
    make: (p) => writeFileSync(p, buildZip(sampleWith((ps) => ps.filter((q) => q.name !== 'xl/sharedStrings.xml'))).bytes),
    says: /shared strings/,
  },
  {
    file: 'binary.xlsb',
    make: (p) => writeFileSync(p, buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.bin', data: seededBytes(512, 4) }]).bytes),
    says: /\.xlsb/,
  },
  {
    file: 'unclosed-quote.csv',
    make: (p) => writeFileSync(p, 'EU city,EU country,Partner city,Partner country\nRotterdam,NL,"Surat,IN\nBelfast,UK,Cali,CO\n'),
    says: /row 2 is never closed/,
  },
];

describe('files that cannot be read are refused whole', () => {
  const dir = tempDir('twinlens-unreadable-');
  beforeAll(() => {
    for (const c of CASES) c.make(join(dir, c.file));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('controls: the sample, and the sample rebuilt by the test zip writer, import cleanly', async () => {
    const original = await importWithin(SAMPLE);
    expect(original.ok).toBe(true);
    for (const method of [0, 8] as const) {
      const rebuilt = join(dir, `rebuilt-${method}.xlsx`);
      writeFileSync(rebuilt, buildZip(sampleWith((ps) => ps.map((q) => ({ ...q, method })))).bytes);
      const outcome = await importWithin(rebuilt);
      expect(outcome.report.errors).toEqual([]);
      expect(outcome.rows).toEqual(original.rows);
    }
  });

  test('a text file that happens to start with "PK" is read as text, not as a broken zip', async () => {
    const path = join(dir, 'pk.csv');
    writeFileSync(path, 'PK,EU city,EU country,Partner city,Partner country\n1,Rotterdam,NL,Surat,IN\n');
    const outcome = await importWithin(path);
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.rows).toMatchObject({ pairings: 1, entities: 2 });
  });

  test.each(CASES)('$file', async ({ file, says }) => {
    const outcome = await importWithin(join(dir, file));
    expect(outcome.ok).toBe(false);
    expect(outcome.unreadable).toBe(true);
    expect(outcome.report.errors, JSON.stringify(outcome.report.errors)).toHaveLength(1);
    const [error] = outcome.report.errors;
    // Damage found inside a sheet is located at the sheet (and row) being read.
    const inPairings = ['checksum.xlsx', 'cut-sheet.xlsx', 'zero-size-entry.xlsx', 'wrong-offset.xlsx', 'encrypted-entry.xlsx'];
    const place = file === 'no-shared-strings.xlsx' ? { sheet: 'README', row: 1 } : inPairings.includes(file) ? { sheet: 'Pairings', row: null } : { sheet: null, row: null };
    expect(error).toMatchObject({ code: 'unreadable-file', file, ...place, column: null });
    expect(error!.message.startsWith(`${file} `)).toBe(true);
    expect(error!.message).toMatch(says);
    expect(error!.message).not.toContain('    at ');
    expect(error!.message).not.toMatch(/Cannot read properties|undefined|TypeError/);
  });

  describe('command line', () => {
    test.each(['empty.xlsx', 'truncated.xlsx', 'nul.csv', 'legacy.xls', 'cut-sheet.xlsx'])('validate %s --json exits 2 with the error on stdout', (file) => {
      const run = runCli(['validate', join(dir, file), '--json']);
      expect(run.code, run.stderr).toBe(2);
      const report = JSON.parse(run.stdout) as { errors: Array<Record<string, unknown>>; warnings: unknown[] };
      expect(Object.keys(report).sort()).toEqual(['errors', 'warnings']);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]).toMatchObject({ code: 'unreadable-file', file, sheet: file === 'cut-sheet.xlsx' ? 'Pairings' : null, row: null, column: null });
      expect(Array.isArray(report.warnings)).toBe(true);
      expect(run.stderr).not.toContain('    at ');
    });

    test('validate without --json: exit 2, the reason on stderr, no stack trace', () => {
      const run = runCli(['validate', join(dir, 'random.xlsx')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('random.xlsx');
      expect(run.stderr).not.toContain('    at ');
      expect(run.stdout).toBe('');
    });

    test('one unreadable file among good ones: exit 2, one error, naming only that file', () => {
      const run = runCli(['validate', SAMPLE, join(dir, 'zero-size-entry.xlsx'), '--json']);
      expect(run.code, run.stderr).toBe(2);
      const report = JSON.parse(run.stdout) as { errors: Array<{ code: string; file: string }> };
      expect(report.errors.map((e) => [e.code, e.file])).toEqual([['unreadable-file', 'zero-size-entry.xlsx']]);
    });

    test('import of an unreadable file into a new project: exit 2, no project file left', () => {
      const project = join(dir, 'never.duckdb');
      const run = runCli(['import', join(dir, 'checksum.xlsx'), '--project', project, '--json']);
      expect(run.code, run.stderr).toBe(2);
      expect(JSON.parse(run.stdout).errors).toHaveLength(1);
      expect(() => readFileSync(project)).toThrow();
    });
  });
});
