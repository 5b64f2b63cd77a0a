import type { CellValue } from '../../src-main/shared/api-contract.js';
import { type Translator, translator } from '../../src-main/shared/i18n/index.js';

const ENGLISH = translator('en');

/** A cell as the tables print it, numbers and yes/no in the app's language (English when no translator is given). */
export function display(value: CellValue, numeric: boolean | undefined, t: Translator = ENGLISH): string {
  if (value === null) return '';
  if (typeof value === 'number') return numeric ? t.number(value) : String(value);
  if (typeof value === 'boolean') return t.t(value ? 'table.yes' : 'table.no');
  return value;
}

/** Each row's cells, as written and as printed, lowercased in one string: searched on every keystroke. */
export function searchIndex(rows: readonly CellValue[][], columns: ReadonlyArray<{ numeric?: boolean }>, t: Translator = ENGLISH): string[] {
  return rows.map((row) =>
    row
      .map((v, j) => (v === null ? '' : typeof v === 'number' && columns[j]?.numeric ? `${v}\u0001${display(v, true, t)}` : display(v, columns[j]?.numeric, t)))
      .join('\u0001')
      .toLowerCase(),
  );
}

/** Rows holding `query` (case-insensitive) in any cell, as written or as the table prints it. */
export function searchRows(
  rows: readonly CellValue[][],
  columns: ReadonlyArray<{ numeric?: boolean }>,
  query: string,
  index = searchIndex(rows, columns),
): CellValue[][] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  return rows.filter((_, i) => index[i]!.includes(q));
}
