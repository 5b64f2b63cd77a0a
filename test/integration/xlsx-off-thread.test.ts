/**
 * The workbook read on a thread of its own must give exactly what the same read gives on
 * the importing thread: the same sheets, rows, cells (every kind, holes included) and the
 * same errors, located the same way; a sheet left half read, or a workbook abandoned, must
 * not disturb what comes next.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UnreadableFileError } from '../../src-main/core/import/file-kind.js';
import { LIMITS } from '../../src-main/core/import/limits.js';
import type { SheetRow, SheetSource } from '../../src-main/core/import/sheet-source.js';
import { readXlsxOffThread, readXlsxSheetsOffThread, workbooksReadOffThread, xlsxWorkerLocation } from '../../src-main/core/import/xlsx-off-thread.js';
import { readXlsxSheets } from '../../src-main/core/import/xlsx-reader.js';
import type { FromXlsxWorker } from '../../src-main/core/import/xlsx-worker-protocol.js';
import { REPO } from '../helpers/cli.js';
import { ensureBuilt } from '../helpers/built-app.js';
import { indicatorsOf, tempDir, writeWorkbook } from '../helpers/programme.js';
import { Project } from '../../src-main/core/store/project.js';
import { sampleWithSheet, worksheet } from '../hardening/hostile-files.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');

// The thread is off by default (xlsx-off-thread.ts says why): these tests switch it on.
beforeAll(() => readXlsxOffThread(true));
afterAll(() => readXlsxOffThread(false));
const dir = tempDir('twinlens-off-thread-');

interface ReadSheet {
  name: string | null;
  rows: SheetRow[];
}

async function readAll(sheets: AsyncGenerator<SheetSource>): Promise<ReadSheet[]> {
  const out: ReadSheet[] = [];
  for await (const sheet of sheets) {
    const rows: SheetRow[] = [];
    for await (const batch of sheet.rows) rows.push(...batch);
    out.push({ name: sheet.name, rows });
  }
  return out;
}

async function failureOf(sheets: AsyncGenerator<SheetSource>): Promise<unknown> {
  try {
    await readAll(sheets);
  } catch (error) {
    return error;
  }
  throw new Error('the read did not fail');
}

/** What a person is told: the message, and where and how the issue is filed. */
const told = (error: unknown) => {
  expect(error).toBeInstanceOf(UnreadableFileError);
  const e = error as UnreadableFileError;
  return { message: e.message, code: e.code, place: e.place, advice: e.advice };
};

/** Every kind of cell a sheet can hold, holes between them, and one sheet long enough to cross in many batches. */
let varied: Promise<string> | null = null;
const variedWorkbook = () => (varied ??= writeVariedWorkbook());

async function writeVariedWorkbook(): Promise<string> {
  const long = Array.from({ length: 30_000 }, (_, i) => [`id-${i}`, i * 1.5, i % 3 === 0 ? null : `naïve ${i} «text»`, new Date(Date.UTC(2020, 0, 1 + (i % 900))), i % 2 === 0]);
  return writeWorkbook(join(dir, 'varied.xlsx'), {
    Kinds: [
      ['text', 'number', 'empty', 'date', 'boolean', 'formula', 'error', 'far'],
      ['a', 42, null, new Date(Date.UTC(2019, 5, 30)), true, { formula: 'B2*2', result: 84 }, { error: '#N/A' }, null, null, null, 'past holes'],
      ['  padded  ', -0.000123, null, new Date(Date.UTC(1904, 1, 29)), false, { formula: 'A2&"x"', result: 'ax' }, { error: '#DIV/0!' }],
      [],
      ['', 1e21, null, null, null, null, null, 'after an empty row'],
    ],
    Long: [['id', 'value', 'text', 'day', 'flag'], ...long],
    Empty: [],
  });
}

describe('a workbook read on its own thread', () => {
  test.each([
    ['the sample programme', () => Promise.resolve(SAMPLE)],
    ['every kind of cell, and 30,000 rows', variedWorkbook],
  ])('%s reads exactly as on the importing thread', async (_, make) => {
    const path = await make();
    const here = await readAll(readXlsxSheets(path));
    const before = workbooksReadOffThread();
    const there = await readAll(readXlsxSheetsOffThread(path, undefined, 0));
    expect(workbooksReadOffThread()).toBe(before + 1);
    expect(here.length).toBeGreaterThan(1);
    expect(there).toEqual(here);
    // toEqual would let a hole pass for a null: the cells must be there.
    for (const [s, sheet] of there.entries()) {
      for (const [r, row] of sheet.rows.entries()) expect(Object.keys(row.cells).length).toBe(here[s]!.rows[r]!.cells.length);
    }
  });

  test('progress is told in the file\'s bytes, reaching its size', async () => {
    const path = await variedWorkbook();
    const seen: Array<[number, number]> = [];
    await readAll(readXlsxSheetsOffThread(path, (read, total) => seen.push([read, total]), 0));
    expect(seen.length).toBeGreaterThan(2);
    const [lastRead, total] = seen.at(-1)!;
    expect(lastRead).toBeLessThanOrEqual(total);
    expect(lastRead).toBeGreaterThan(total * 0.5);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  test.each([
    ['a cell longer than Excel allows', worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>${'x'.repeat(LIMITS.maxCellChars + 1)}</t></is></c></row>`)],
    ['a row past the last one Excel has', worksheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="${LIMITS.maxRows + 1}"><c r="A${LIMITS.maxRows + 1}"><v>2</v></c></row>`)],
    ['a shared string that is not there', worksheet('<row r="1"><c r="A1" t="s"><v>999999</v></c></row>')],
    ['XML cut off', worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -30)],
    ['a DOCTYPE', worksheet('').replace('<worksheet', '<!DOCTYPE x [<!ENTITY a "b">]><worksheet')],
  ])('%s is refused with the same words, at the same place', async (name, sheet) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(path, sampleWithSheet('Pairings', { data: sheet }));
    const here = told(await failureOf(readXlsxSheets(path)));
    const there = told(await failureOf(readXlsxSheetsOffThread(path, undefined, 0)));
    expect(there).toEqual(here);
    expect(there.place.sheet).toBe('Pairings');
  });

  test('a sheet left half read is skipped, and the sheets after it read whole', async () => {
    const path = await variedWorkbook();
    const here = await readAll(readXlsxSheets(path));
    const names: Array<string | null> = [];
    let rest: ReadSheet[] = [];
    for await (const sheet of readXlsxSheetsOffThread(path, undefined, 0)) {
      names.push(sheet.name);
      if (sheet.name === 'Long') {
        for await (const batch of sheet.rows) {
          expect(batch[0]!.cells[0]).toBe('id');
          break; // the first batch only
        }
        continue;
      }
      if (sheet.name === 'Kinds') continue; // not read at all
      const rows: SheetRow[] = [];
      for await (const batch of sheet.rows) rows.push(...batch);
      rest.push({ name: sheet.name, rows });
    }
    expect(names).toEqual(here.map((s) => s.name));
    rest = rest.filter((s) => s.name !== 'Long' && s.name !== 'Kinds');
    expect(rest).toEqual(here.filter((s) => s.name !== 'Long' && s.name !== 'Kinds'));
  });

  test('a small workbook, or any when the thread is off, is read on the importing thread', async () => {
    const before = workbooksReadOffThread();
    expect(await readAll(readXlsxSheetsOffThread(SAMPLE))).toEqual(await readAll(readXlsxSheets(SAMPLE)));
    readXlsxOffThread(false);
    try {
      expect(await readAll(readXlsxSheetsOffThread(SAMPLE, undefined, 0))).toEqual(await readAll(readXlsxSheets(SAMPLE)));
    } finally {
      readXlsxOffThread(true);
    }
    expect(workbooksReadOffThread()).toBe(before);
  });

  test('a workbook abandoned halfway stops its read, and the next workbook reads whole', async () => {
    const path = await variedWorkbook();
    for await (const sheet of readXlsxSheetsOffThread(path, undefined, 0)) {
      for await (const _ of sheet.rows) break;
      break;
    }
    expect(await readAll(readXlsxSheetsOffThread(SAMPLE, undefined, 0))).toEqual(await readAll(readXlsxSheets(SAMPLE)));
  });
});

describe('an import reading its workbook on a thread of its own', () => {
  /** What an import of `path` tells and keeps, read here (false) or on the thread (true) whatever its size. */
  async function imported(path: string, offThread: boolean) {
    readXlsxOffThread(offThread, 0);
    const before = workbooksReadOffThread();
    try {
      const project = await Project.open();
      try {
        const outcome = await project.importFiles([path]);
        const { errors, warnings } = outcome.report;
        return { ok: outcome.ok, errors, warnings, indicators: outcome.ok ? await indicatorsOf([path]) : null, threads: workbooksReadOffThread() - before };
      } finally {
        project.close();
      }
    } finally {
      readXlsxOffThread(true);
    }
  }

  test.each([
    ['the sample programme', true, () => SAMPLE],
    ['a programme whose Pairings sheet is broken', false, () => {
      const path = join(dir, 'broken-pairings.xlsx');
      writeFileSync(path, sampleWithSheet('Pairings', { data: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>pairing_id</t></is></c><c r="B1" t="inlineStr"><is><t>start_date</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c><c r="B2" t="inlineStr"><is><t>31/02/2020</t></is></c></row>') }));
      return path;
    }],
  ])('%s: the same report and the same indicators', async (_, ok, make) => {
    const path = make();
    const here = await imported(path, false);
    const there = await imported(path, true);
    expect(here.threads).toBe(0);
    expect(there.threads).toBeGreaterThanOrEqual(1);
    expect({ ...there, threads: 0 }).toEqual({ ...here, threads: 0 });
    expect(here.ok).toBe(ok);
    if (!ok) expect(here.errors.map((e) => [e.sheet, e.row])).toContainEqual(['Pairings', 2]);
  });
});

describe('the built reading thread', () => {
  test('is found beside the built core and reads a workbook', async () => {
    ensureBuilt();
    const chunk = readdirSync(join(REPO, 'out/main/chunks')).find((f) => f.endsWith('.js'))!;
    const location = xlsxWorkerLocation(pathToFileURL(join(REPO, 'out/main/chunks', chunk)).href);
    expect(location?.script.href).toBe(pathToFileURL(join(REPO, 'out/main/xlsx-worker.js')).href);
    const worker = new Worker(location!.script, { workerData: location!.workerData });
    try {
      const names: string[] = [];
      await new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (message: FromXlsxWorker) => {
          if (message.type === 'sheet') names.push(message.name);
          if (message.type === 'rows') worker.postMessage({ type: 'credit' });
          if (message.type === 'error') reject(new Error(message.error.unreadable ? message.error.reason.key : message.error.message));
          if (message.type === 'done') resolve();
        });
        worker.postMessage({ type: 'read', path: SAMPLE, credits: 2 });
      });
      expect(names).toContain('Pairings');
    } finally {
      await worker.terminate();
    }
  });
});
