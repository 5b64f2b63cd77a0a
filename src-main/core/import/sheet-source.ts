import type { Cell } from './cell.js';

export interface SheetRow {
  /** Row number as the spreadsheet shows it (1-based; CSV records count from 1). */
  number: number;
  /** Cells from column A on; trailing empty cells may be absent. */
  cells: Cell[];
}

/** One sheet of a workbook, or the single table of a CSV file (name null). */
export interface SheetSource {
  name: string | null;
  /** The rows in order, a batch at a time: one await per batch, not per row. */
  rows: AsyncIterable<SheetRow[]>;
}

/** Bytes of the file consumed so far, for progress bars. */
export type ByteProgress = (bytesRead: number, totalBytes: number) => void;
