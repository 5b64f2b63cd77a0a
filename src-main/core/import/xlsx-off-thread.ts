import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { UnreadableFileError } from './file-kind.js';
import { decodeRows } from './row-batch-codec.js';
import type { ByteProgress, SheetRow, SheetSource } from './sheet-source.js';
import { readXlsxSheets } from './xlsx-reader.js';
import type { FromXlsxWorker, ToXlsxWorker, WorkerFailure } from './xlsx-worker-protocol.js';

/**
 * Batches the reading thread may run ahead of the importer: enough to keep it busy while the
 * importer stages what it has, few enough that memory stays flat (a batch is about 2,000
 * rows, a few hundred KB of XML).
 */
const CREDITS = 8;

/**
 * Smaller workbooks are read here: their whole read takes less than handing rows between
 * threads saves (and, from source, than starting a thread).
 */
const MIN_BYTES = 1024 * 1024;

/**
 * Off by default: measured on the 2-core VM the benchmarks run on, shared with other work,
 * the hand-over cost more wall time than the overlap saved (M: import 4.45 s against 4.19 s
 * read here, medians of 4 alternated runs; README, "Where targets are missed"), and the
 * second heap adds 150-250 MB at peak. On a machine with a core to spare it halves the
 * importing thread's CPU.
 */
let enabled = false;
let fromBytes = MIN_BYTES;
let servedOffThread = 0;

/** Workbooks read on a thread of their own so far (a test can tell the thread from the fallback). */
export const workbooksReadOffThread = () => servedOffThread;

/**
 * Reads workbooks on the importing thread itself (false, the default) or, from `minBytes`
 * on, on a thread of their own (true): for measurements and tests.
 */
export function readXlsxOffThread(on: boolean, minBytes = MIN_BYTES): void {
  enabled = on;
  fromBytes = minBytes;
}

/**
 * readXlsxSheets on a second thread, when switched on (readXlsxOffThread): it inflates and
 * scans the sheets (the import's largest cost after DuckDB's) while this thread parses and
 * stages the rows it already has. The same sheets, rows and errors as readXlsxSheets, which
 * it runs; when it is off, or no thread can be started, the workbook is read here instead.
 */
export async function* readXlsxSheetsOffThread(path: string, onBytes?: ByteProgress, minBytes = fromBytes): AsyncGenerator<SheetSource> {
  const large = minBytes <= 0 || (await stat(path).then((s) => s.size >= minBytes, () => false));
  const worker = enabled && large ? acquireWorker() : null;
  if (!worker) {
    yield* readXlsxSheets(path, onBytes);
    return;
  }
  servedOffThread++;
  const inbox = new Inbox(worker);
  const send = (message: ToXlsxWorker) => worker.postMessage(message);
  send({ type: 'read', path, credits: CREDITS });
  let finished = false;
  try {
    for (;;) {
      const message = await inbox.next();
      if (message.type === 'done') {
        finished = true;
        return;
      }
      if (message.type === 'error') throw revive(message.error);
      if (message.type !== 'sheet') throw new Error(`the workbook reader sent ${message.type} outside a sheet`);
      const sheet = { index: message.sheet, ended: false };
      yield { name: message.name, rows: sheetRows(inbox, send, sheet, onBytes) };
      if (!sheet.ended) {
        // Rows left unread are skipped: the reader stops the sheet, and what it sent already is dropped.
        send({ type: 'skip', sheet: sheet.index });
        for (;;) {
          const rest = await inbox.next();
          if (rest.type === 'error') throw revive(rest.error);
          if (rest.type === 'rows') send({ type: 'credit' });
          else if (rest.type === 'sheetEnd') break;
        }
      }
    }
  } finally {
    inbox.close();
    releaseWorker(worker, finished);
  }
}

async function* sheetRows(
  inbox: Inbox,
  send: (message: ToXlsxWorker) => void,
  sheet: { index: number; ended: boolean },
  onBytes: ByteProgress | undefined,
): AsyncGenerator<SheetRow[]> {
  for (;;) {
    const message = await inbox.next();
    if (message.type === 'error') throw revive(message.error);
    if (message.type === 'sheetEnd') {
      sheet.ended = true;
      return;
    }
    if (message.type !== 'rows') throw new Error(`the workbook reader sent ${message.type} inside a sheet`);
    send({ type: 'credit' });
    onBytes?.(message.bytes, message.total);
    yield decodeRows(message.rows);
  }
}

function revive(failure: WorkerFailure): Error {
  if (failure.unreadable) return new UnreadableFileError(failure.reason, { place: failure.place, code: failure.code, advice: failure.advice ?? undefined });
  return new Error(failure.message);
}

/** The reader's messages in order, and its death told as a message. */
class Inbox {
  private readonly queue: FromXlsxWorker[] = [];
  private waiting: ((message: FromXlsxWorker) => void) | null = null;
  private readonly onMessage = (message: FromXlsxWorker) => this.put(message);
  private readonly onError = (error: Error) => this.put({ type: 'error', error: { unreadable: false, message: `the workbook reader failed (${error.message})` } });
  private readonly onExit = (code: number) => this.put({ type: 'error', error: { unreadable: false, message: `the workbook reader stopped (exit code ${code})` } });

  constructor(private readonly worker: Worker) {
    worker.on('message', this.onMessage);
    worker.on('error', this.onError);
    worker.on('exit', this.onExit);
  }

  next(): Promise<FromXlsxWorker> {
    const message = this.queue.shift();
    if (message) return Promise.resolve(message);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  close(): void {
    this.worker.off('message', this.onMessage);
    this.worker.off('error', this.onError);
    this.worker.off('exit', this.onExit);
  }

  private put(message: FromXlsxWorker): void {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting(message);
    } else {
      this.queue.push(message);
    }
  }
}

// ---------------------------------------------------------------------------------------
// One idle reading thread is kept for the next workbook: starting one costs more than a
// small workbook's whole read.

let idle: Worker | null = null;

function acquireWorker(): Worker | null {
  if (idle) {
    const worker = idle;
    idle = null;
    worker.ref();
    return worker;
  }
  const location = xlsxWorkerLocation();
  if (!location) return null;
  try {
    const worker = new Worker(location.script, { workerData: location.workerData });
    // A thread that dies while idle is simply not reused.
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (idle === worker) idle = null;
    });
    return worker;
  } catch {
    return null;
  }
}

function releaseWorker(worker: Worker, finished: boolean): void {
  // A read stopped halfway is still running: end it rather than wait for it.
  if (!finished || idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle = worker;
}

/**
 * Where the reading thread's code is. From source (vitest, tsx) this module is a `.ts` file
 * and the thread starts through a shim that registers tsx; built, electron-vite writes it to
 * out/main/xlsx-worker.js while this module lands in out/main or out/main/chunks.
 */
export function xlsxWorkerLocation(here: string = import.meta.url): { script: URL; workerData: Record<string, string> } | null {
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    return { script: new URL('./xlsx-worker-shim.mjs', here), workerData: { twinlensXlsxWorkerEntry: new URL('./xlsx-worker.ts', here).href } };
  }
  for (const candidate of ['./xlsx-worker.js', '../xlsx-worker.js']) {
    const script = new URL(candidate, here);
    if (existsSync(script)) return { script, workerData: {} };
  }
  return null;
}
