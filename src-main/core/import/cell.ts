/** A cell as every reader delivers it: rich text, formulas and errors are flattened to values before this. */
export type Cell = string | number | boolean | Date | null;

/** The text a person sees in a cell, trimmed; null for an empty cell. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  return text === '' ? null : text;
}
