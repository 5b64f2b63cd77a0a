import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Cell } from './cell.js';
import { firstLine, UnreadableFileError } from './file-kind.js';
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

const BATCH = 512;

async function* csvRows(text: string, delimiter: string): AsyncGenerator<SheetRow[]> {
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  });
  // Fed in slices with back-pressure, so rows flow while the text is parsed.
  Readable.from(slices(text)).pipe(parser);
  let number = 0;
  let batch: SheetRow[] = [];
  const records = (parser as AsyncIterable<string[]>)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<string[]>;
    try {
      next = await records.next();
    } catch (error) {
      throw csvError(error, number);
    }
    if (next.done) break;
    number++;
    batch.push({ number, cells: next.value.map((v): Cell => (v === '' ? null : v)) });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** csv-parse's complaint, as a reason a person can act on. */
function csvError(error: unknown, recordsRead: number): UnreadableFileError {
  const e = error as { code?: string; message?: string; records?: number };
  if (e?.code === 'CSV_QUOTE_NOT_CLOSED') {
    const row = Math.max(recordsRead, e.records ?? 0) + 1;
    return new UnreadableFileError(`the quoted value that starts in row ${row} is never closed (a closing " is missing), so the rest of the file cannot be told apart`, { cause: error });
  }
  const message = firstLine(error);
  return new UnreadableFileError(`it is not valid CSV (${message})`, { cause: error });
}

function* slices(text: string): Generator<string> {
  const SLICE = 1 << 20;
  for (let at = 0; at < text.length; at += SLICE) yield text.slice(at, at + SLICE);
}
