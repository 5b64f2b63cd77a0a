import type { CellValue } from '../../src-main/shared/api-contract.js';
import { formatNumber } from './format.js';

/** A cell as the tables print it. */
export function display(value: CellValue, numeric: boolean | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') return numeric ? formatNumber(value) : String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

/** Rows holding `query` (case-insensitive) in any cell, as written or as the table prints it. */
export function searchRows(rows: readonly CellValue[][], columns: ReadonlyArray<{ numeric?: boolean }>, query: string): CellValue[][] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  return rows.filter((row) => row.some((v, j) => v !== null && (String(v).toLowerCase().includes(q) || display(v, columns[j]?.numeric).toLowerCase().includes(q))));
}
