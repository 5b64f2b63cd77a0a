import type { Cell } from './cell.js';
import type { SheetRow } from './sheet-source.js';

/**
 * A batch of sheet rows as a few typed arrays and one list of texts, so that it crosses
 * from the reading thread to the importing one as bytes (the arrays are transferred, not
 * copied) rather than as one structured-clone object per row and per cell.
 */
export interface EncodedRows {
  /** Each row's number as the sheet shows it. */
  numbers: Int32Array;
  /** Where each row's cells end in `kinds` and `values` (its start is the previous end). */
  ends: Int32Array;
  /** What each cell holds: see CellKind. */
  kinds: Uint8Array;
  /** A number cell's number, a date cell's time; 0 otherwise. */
  values: Float64Array;
  /** The text cells, in order, written one after the other: one string crosses faster than thousands. */
  text: string;
  /** Where each text cell ends in `text`. */
  textEnds: Int32Array;
}

/** What a cell holds, one byte a cell. */
const CellKind = { Empty: 0, Number: 1, True: 2, False: 3, Date: 4, Text: 5 } as const;

export function encodeRows(rows: readonly SheetRow[]): EncodedRows {
  let cellCount = 0;
  for (const row of rows) cellCount += row.cells.length;
  const numbers = new Int32Array(rows.length);
  const ends = new Int32Array(rows.length);
  const kinds = new Uint8Array(cellCount);
  const values = new Float64Array(cellCount);
  const texts: string[] = [];
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const { number, cells } = rows[r]!;
    numbers[r] = number;
    for (let c = 0; c < cells.length; c++, at++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue; // kinds start as Empty
      if (typeof cell === 'string') {
        kinds[at] = CellKind.Text;
        texts.push(cell);
      } else if (typeof cell === 'number') {
        kinds[at] = CellKind.Number;
        values[at] = cell;
      } else if (typeof cell === 'boolean') {
        kinds[at] = cell ? CellKind.True : CellKind.False;
      } else {
        // An invalid date's NaN time crosses as NaN and comes back as the same invalid date.
        kinds[at] = CellKind.Date;
        values[at] = cell.getTime();
      }
    }
    ends[r] = at;
  }
  const textEnds = new Int32Array(texts.length);
  let length = 0;
  for (let t = 0; t < texts.length; t++) textEnds[t] = length += texts[t]!.length;
  return { numbers, ends, kinds, values, text: texts.join(''), textEnds };
}

/** The buffers of `encoded` to transfer with it. */
export const transferList = (encoded: EncodedRows): ArrayBuffer[] =>
  [encoded.numbers.buffer, encoded.ends.buffer, encoded.kinds.buffer, encoded.values.buffer, encoded.textEnds.buffer] as ArrayBuffer[];

export function decodeRows(encoded: EncodedRows): SheetRow[] {
  const { numbers, ends, kinds, values, text, textEnds } = encoded;
  const rows: SheetRow[] = new Array(numbers.length);
  let at = 0;
  let t = 0;
  let textStart = 0;
  for (let r = 0; r < numbers.length; r++) {
    const end = ends[r]!;
    const cells: Cell[] = new Array(end - at);
    for (let c = 0; at < end; c++, at++) {
      switch (kinds[at]) {
        case CellKind.Text:
          cells[c] = text.slice(textStart, (textStart = textEnds[t++]!));
          break;
        case CellKind.Number:
          cells[c] = values[at]!;
          break;
        case CellKind.True:
          cells[c] = true;
          break;
        case CellKind.False:
          cells[c] = false;
          break;
        case CellKind.Date:
          cells[c] = new Date(values[at]!);
          break;
        default:
          cells[c] = null;
      }
    }
    rows[r] = { number: numbers[r]!, cells };
  }
  return rows;
}
