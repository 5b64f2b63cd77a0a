import { tableFromIPC } from 'apache-arrow';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { base64ToBytes } from './download.js';

export interface DecodedTable {
  columns: Array<{ key: string; label: string; numeric: boolean }>;
  rows: CellValue[][];
}

/** One page of `table/rows` (Arrow IPC, base64) as columns and plain rows. */
export function decodeArrow(base64: string): DecodedTable {
  const table = tableFromIPC(base64ToBytes(base64));
  const fields = table.schema.fields;
  const columns = fields.map((f) => ({ key: f.name, label: f.name, numeric: /Float|Int/.test(String(f.type)) }));
  const vectors = fields.map((f) => table.getChild(f.name)!);
  const rows: CellValue[][] = [];
  for (let i = 0; i < table.numRows; i++) rows.push(vectors.map((v) => (v.get(i) ?? null) as CellValue));
  return { columns, rows };
}
