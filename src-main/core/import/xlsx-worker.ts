import { parentPort } from 'node:worker_threads';
import { encodeRows, transferList } from './row-batch-codec.js';
import { UnreadableFileError } from './file-kind.js';
import { readXlsxSheets } from './xlsx-reader.js';
import type { SheetRow } from './sheet-source.js';
import type { FromXlsxWorker, ToXlsxWorker, WorkerFailure } from './xlsx-worker-protocol.js';

/**
 * The workbook reader's thread: inflates, checks and scans the sheets (readXlsxSheets,
 * unchanged) while the importing thread parses and stages the rows it already has. It runs
 * ahead by as many batches as it holds credits for, so memory stays bounded whatever the
 * sheet's size; one workbook at a time.
 */
const port = parentPort;
if (!port) throw new Error('xlsx-worker.ts runs as a worker thread only');

/**
 * Rows gathered into one message: a piece of inflated text holds a few hundred, and every
 * message is a hand-over between threads that may each wait for a core.
 */
const ROWS_PER_MESSAGE = 2048;

let credits = 0;
/** The sheet (by index) whose remaining rows the importer does not want. */
let skipSheet = -1;
let wake: (() => void) | null = null;

const post = (message: FromXlsxWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToXlsxWorker) => {
  if (message.type === 'read') {
    credits = message.credits;
    skipSheet = -1;
    void read(message.path);
    return;
  }
  if (message.type === 'credit') credits++;
  else skipSheet = message.sheet;
  wake?.();
});

/** Resolves once a batch may be sent, or the current sheet is no longer wanted. */
async function mayPost(sheet: number): Promise<void> {
  while (credits <= 0 && skipSheet !== sheet) await new Promise<void>((resolve) => (wake = resolve));
  wake = null;
}

async function read(path: string): Promise<void> {
  let bytes = 0;
  let total = 0;
  let sheet = -1;
  try {
    for await (const source of readXlsxSheets(path, (read, of) => ((bytes = read), (total = of)))) {
      sheet++;
      post({ type: 'sheet', sheet, name: source.name ?? '' });
      let gathered: SheetRow[] = [];
      const send = async () => {
        await mayPost(sheet);
        if (skipSheet === sheet) return;
        credits--;
        const rows = encodeRows(gathered);
        gathered = [];
        post({ type: 'rows', sheet, rows, bytes, total }, transferList(rows));
      };
      for await (const batch of source.rows) {
        if (skipSheet === sheet) break;
        gathered = gathered.length === 0 ? batch : gathered.concat(batch);
        if (gathered.length >= ROWS_PER_MESSAGE) await send();
      }
      if (gathered.length > 0 && skipSheet !== sheet) await send();
      post({ type: 'sheetEnd', sheet });
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', error: failure(error) });
  }
}

function failure(error: unknown): WorkerFailure {
  if (error instanceof UnreadableFileError) {
    return { unreadable: true, reason: error.reason, place: error.place, code: error.code, advice: error.advice };
  }
  return { unreadable: false, message: error instanceof Error ? error.message : String(error) };
}
