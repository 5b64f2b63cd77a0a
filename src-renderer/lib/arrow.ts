import { tableFromIPC } from 'apache-arrow';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import type { TableName } from '../../src-main/shared/domain.js';
import { request } from '../api/client.js';
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

/** A whole normalised table as row objects, read in pages of 50,000. */
export async function readWholeTable(table: TableName): Promise<Array<Record<string, CellValue>>> {
  const out: Array<Record<string, CellValue>> = [];
  for (let offset = 0, total = 1; offset < total; offset += 50_000) {
    const page = await request('table/rows', { table, offset, limit: 50_000 });
    total = page.total;
    const { columns, rows } = decodeArrow(page.arrow);
    for (const row of rows) out.push(Object.fromEntries(columns.map((c, j) => [c.key, row[j] ?? null])));
  }
  return out;
}
