import { cellText } from './cell.js';
import type { MappedColumn } from './header-map.js';
import type { RowPlace } from './issue-log.js';
import type { SheetRow } from './sheet-source.js';

/** One recognised sheet, its header matched, ready for its rows to be read. */
export interface SheetInput {
  columns: readonly MappedColumn[];
  /** The rows after the header, in batches. */
  rows: AsyncIterable<SheetRow[]>;
  place: RowPlace;
  /** Index of the file in this import. */
  src: number;
  /** Called for every row read, empty or not (progress). */
  onRow: () => void;
}

/** Whether a row holds at least one value; blank rows between data are not errors. */
export const isDataRow = (row: SheetRow) => row.cells.some((c) => cellText(c) !== null);

/** Calls `read` on every row holding a value, in order. */
export async function forEachDataRow(input: SheetInput, read: (row: SheetRow) => void): Promise<void> {
  for await (const batch of input.rows) {
    for (const row of batch) {
      input.onRow();
      if (isDataRow(row)) read(row);
    }
  }
}
