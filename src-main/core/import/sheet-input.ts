import { cellText } from './cell.js';
import type { MappedColumn } from './header-map.js';
import type { RowPlace } from './issue-log.js';
import type { SheetRow } from './sheet-source.js';

/** One recognised sheet, its header matched, ready for its rows to be read. */
export interface SheetInput {
  columns: readonly MappedColumn[];
  /** The rows after the header. */
  rows: AsyncIterable<SheetRow>;
  place: RowPlace;
  /** Index of the file in this import. */
  src: number;
  /** Called for every row read, empty or not (progress). */
  onRow: () => void;
}

/** The rows holding at least one value; blank rows between data are not errors. */
export async function* dataRows(input: SheetInput): AsyncGenerator<SheetRow> {
  for await (const row of input.rows) {
    input.onRow();
    if (row.cells.some((c) => cellText(c) !== null)) yield row;
  }
}
