import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { issueText } from '../../shared/issues.js';
import type { Cell } from './cell.js';
import { firstLine, UnreadableFileError } from './file-kind.js';
import { newScan, scanRecords } from './csv-scan.js';
import type { SheetRow, SheetSource } from './sheet-source.js';

const SEPARATORS = [',', ';', '\t'] as const;

/** Picks the separator that splits the header line (outside quotes) most often. */
export function sniffSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/** A decoded CSV text as one sheet; record N is row N, as Excel shows the file. */
export function csvSheet(text: string): SheetSource {
  return { name: null, rows: csvRows(text, sniffSeparator(text)) };
}

const BATCH = 2048;

const toRow = (number: number, values: string[]): SheetRow => {
  const cells: Cell[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) cells[i] = values[i] === '' ? null : values[i]!;
  return { number, cells };
};

/**
 * Records as rows, numbered from 1: the fast scan while the file is well formed, then
 * csv-parse from the first record the scan leaves to it.
 */
async function* csvRows(text: string, delimiter: string): AsyncGenerator<SheetRow[]> {
  const scan = newScan(text);
  let number = 0;
  for (;;) {
    const records = scanRecords(text, delimiter, scan, BATCH);
    if (records.length === 0) break;
    yield records.map((values) => toRow(++number, values));
  }
  if (scan.stopped) yield* parsedRows(text.slice(scan.at), delimiter, scan.recordDelimiter, number);
}

async function* parsedRows(text: string, delimiter: string, recordDelimiter: string | null, before: number): AsyncGenerator<SheetRow[]> {
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false, // the scan has stepped over a byte order mark already
    ...(recordDelimiter ? { record_delimiter: recordDelimiter } : {}),
  });
  // Fed in slices with back-pressure, so rows flow while the text is parsed.
  Readable.from(slices(text)).pipe(parser);
  let number = before;
  let batch: SheetRow[] = [];
  const records = (parser as AsyncIterable<string[]>)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string[]>;
    try {
      next = await records.next();
    } catch (error) {
      throw csvError(error, number, before);
    }
    if (next.done) break;
    batch.push(toRow(++number, next.value));
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** csv-parse's complaint, as a reason a person can act on. */
function csvError(error: unknown, recordsRead: number, before: number): UnreadableFileError {
  const e = error as { code?: string; message?: string; records?: number };
  if (e?.code === 'CSV_QUOTE_NOT_CLOSED') {
    const row = Math.max(recordsRead, before + (e.records ?? 0)) + 1;
    return new UnreadableFileError(issueText('issue.reader.csvUnclosedQuote', { row: String(row) }), { cause: error });
  }
  const message = firstLine(error);
  return new UnreadableFileError(issueText('issue.reader.csvInvalid', { detail: message }), { cause: error });
}

function* slices(text: string): Generator<string> {
  const SLICE = 1 << 20;
  for (let at = 0; at < text.length; at += SLICE) yield text.slice(at, at + SLICE);
}
