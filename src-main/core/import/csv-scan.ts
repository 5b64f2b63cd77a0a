/**
 * The fast path of CSV reading: well-formed records split with native string search, a
 * quote-free line in one `split`. It reads exactly as csv-parse does with the options
 * csv-reader.ts gives it (relaxed quotes and column counts, empty lines kept, the record
 * delimiter fixed by the first line end outside quotes), and stops at the first record it
 * cannot read that way (a closing quote followed by text, a quote never closed) so that
 * csv-parse reads the rest and words any error.
 */

export interface ScanState {
  /** Where the next record starts. */
  at: number;
  /** The record delimiter once the first line end outside quotes has fixed it. */
  recordDelimiter: '\n' | '\r\n' | '\r' | null;
  /** Set when the record at `at` needs csv-parse. */
  stopped: boolean;
}

export function newScan(text: string): ScanState {
  return { at: text.charCodeAt(0) === 0xfeff ? 1 : 0, recordDelimiter: null, stopped: false };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Up to `max` records from `state.at`, advancing it; fewer at the end or where it stops. */
export function scanRecords(text: string, delimiter: string, state: ScanState, max: number): string[][] {
  const records: string[][] = [];
  const end = text.length;
  const delim = delimiter.charCodeAt(0);
  let nextQuote = text.indexOf('"', state.at);
  if (nextQuote < 0) nextQuote = end;
  while (records.length < max && state.at < end && !state.stopped) {
    const start = state.at;
    const lineEnd = findLineEnd(text, start, state);
    if (nextQuote < start) {
      nextQuote = text.indexOf('"', start);
      if (nextQuote < 0) nextQuote = end;
    }
    if (nextQuote >= lineEnd.at) {
      records.push(start === lineEnd.at ? [''] : text.slice(start, lineEnd.at).split(delimiter));
      if (state.recordDelimiter === null && lineEnd.at < end) consumeRecordEnd(text, lineEnd.at, state);
      state.at = lineEnd.next;
      continue;
    }
    const record = quotedRecord(text, delim, state);
    if (record === null) {
      state.at = start;
      state.stopped = true;
      break;
    }
    records.push(record);
  }
  return records;
}

/** Where the record starting at `from` ends if it holds no quotes, and where the next begins. */
function findLineEnd(text: string, from: number, state: ScanState): { at: number; next: number } {
  const fixed = state.recordDelimiter;
  if (fixed !== null) {
    const at = text.indexOf(fixed, from);
    return at < 0 ? { at: text.length, next: text.length } : { at, next: at + fixed.length };
  }
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (lf < 0 && cr < 0) return { at: text.length, next: text.length };
  // Not fixed here: a quote before this line end may hide it inside a quoted value.
  if (cr >= 0 && (lf < 0 || cr < lf)) return { at: cr, next: cr + (lf === cr + 1 ? 2 : 1) };
  return { at: lf, next: lf + 1 };
}

/**
 * One record holding a quote, character by character; null where csv-parse must decide.
 * Fixes the record delimiter when it ends on the first line end.
 */
function quotedRecord(text: string, delim: number, state: ScanState, plain = false): string[] | null {
  const end = text.length;
  const fields: string[] = [];
  let i = state.at;
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      let close = i + 1;
      let parts = '';
      let from = close;
      for (;;) {
        close = text.indexOf('"', from);
        if (close < 0) return null; // never closed: csv-parse says where
        if (text.charCodeAt(close + 1) === QUOTE) {
          parts += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        break;
      }
      value = parts + text.slice(from, close);
      i = close + 1;
      if (i < end && text.charCodeAt(i) !== delim && !atRecordEnd(text, i, state)) return null;
    } else {
      let j = i;
      while (j < end && text.charCodeAt(j) !== delim && !atRecordEnd(text, j, state)) {
        if (plain && text.charCodeAt(j) === QUOTE) return null;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);
    if (i >= end) {
      state.at = end;
      return fields;
    }
    if (text.charCodeAt(i) === delim) {
      i++;
      if (i >= end) {
        fields.push('');
        state.at = end;
        return fields;
      }
      continue;
    }
    state.at = i + consumeRecordEnd(text, i, state);
    return fields;
  }
}

function atRecordEnd(text: string, i: number, state: ScanState): boolean {
  const c = text.charCodeAt(i);
  switch (state.recordDelimiter) {
    case null:
      return c === LF || c === CR;
    case '\n':
      return c === LF;
    case '\r':
      return c === CR;
    default:
      return c === CR && text.charCodeAt(i + 1) === LF;
  }
}

/** Length of the record end at `i`; the first one fixes the delimiter. */
function consumeRecordEnd(text: string, i: number, state: ScanState): number {
  if (state.recordDelimiter === null) {
    const c = text.charCodeAt(i);
    state.recordDelimiter = c === LF ? '\n' : text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
  }
  return state.recordDelimiter.length;
}

/** What String.prototype.trim removes beyond ASCII: SQL would not trim it, so such a file is not plain. */
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * The number of records when `text` is plain enough for any CSV reader to read alike (DuckDB's
 * read_csv included): every quote opens or closes a quoted value, no empty lines, one kind
 * of line end throughout, no Unicode space (ASCII whitespace at the ends of values is
 * DuckDB's to find). Null otherwise.
 */
export function plainRecordCount(text: string, delimiter: string): number | null {
  if (UNICODE_SPACE.test(text)) return null;
  if (!text.includes('"')) return quoteFreeRecordCount(text);
  const state = newScan(text);
  const end = text.length;
  const delim = delimiter.charCodeAt(0);
  let records = 0;
  let nextQuote = text.indexOf('"', state.at);
  if (nextQuote < 0) nextQuote = end;
  while (state.at < end) {
    const start = state.at;
    const lineEnd = findLineEnd(text, start, state);
    if (start === lineEnd.at) return null; // an empty line: read_csv skips it, csv-parse does not
    if (nextQuote < start) {
      nextQuote = text.indexOf('"', start);
      if (nextQuote < 0) nextQuote = end;
    }
    if (nextQuote >= lineEnd.at) {
      if (state.recordDelimiter === null && lineEnd.at < end) consumeRecordEnd(text, lineEnd.at, state);
      state.at = lineEnd.next;
    } else if (quotedRecord(text, delim, state, true) === null) return null;
    records++;
  }
  const eol = state.recordDelimiter;
  if (eol === '\r') return null;
  if (eol === '\n' || eol === null) return text.includes('\r') || (eol === null && text.includes('\n')) ? null : records;
  return count(text, '\r') === count(text, '\r\n') && count(text, '\n') === count(text, '\r\n') ? records : null;
}

/** Without quotes every line end ends a record: counted with native search alone. */
function quoteFreeRecordCount(text: string): number | null {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.length === from) return 0;
  const eol = text.includes('\r') ? '\r\n' : '\n';
  if (eol === '\r\n' && (count(text, '\r') !== count(text, '\r\n') || count(text, '\n') !== count(text, '\r\n'))) return null;
  if (text.startsWith(eol, from) || text.includes(eol + eol)) return null; // an empty line
  return count(text, eol) + (text.endsWith(eol) ? 0 : 1);
}

function count(text: string, what: string): number {
  let n = 0;
  for (let at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length)) n++;
  return n;
}
