import { type DuckDBConnection, DuckDBTypeId } from '@duckdb/node-api';
import { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import type { TableRowsPage, TableRowsQuery } from '../../shared/api-contract.js';
import { quoteIdent } from '../store/sql-file.js';

const NUMERIC = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL,
  DuckDBTypeId.HUGEINT,
]);

/**
 * One page of a normalised table as an Arrow IPC stream: numbers as Float64, booleans as
 * Bool, everything else (dates included, as YYYY-MM-DD) as text. Large row sets travel
 * compact this way and decode in milliseconds in the renderer.
 */
export async function tableRows(connection: DuckDBConnection, query: TableRowsQuery): Promise<TableRowsPage> {
  // query.table is one of TABLE_NAMES (checked by the contract); quoted all the same.
  const name = quoteIdent(query.table);
  const total = Number((await connection.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM ${name}`)).getRowObjectsJS()[0]?.n ?? 0);
  const reader = await connection.runAndReadAll(`SELECT * FROM ${name} ORDER BY rowid LIMIT $limit OFFSET $offset`, {
    limit: query.limit,
    offset: query.offset,
  });
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const columns = reader.getColumnsJS();
  const vectors = Object.fromEntries(
    names.map((column, i) => {
      const values = columns[i] ?? [];
      const typeId = types[i]!.typeId;
      if (NUMERIC.has(typeId)) return [column, vectorFromArray(values.map((v) => (v === null ? null : Number(v))), new Float64())];
      if (typeId === DuckDBTypeId.BOOLEAN) return [column, vectorFromArray(values.map((v) => (v === null ? null : Boolean(v))), new Bool())];
      return [column, vectorFromArray(values.map((v) => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v))), new Utf8())];
    }),
  );
  const table = new Table(vectors);
  const bytes = tableToIPC(table, 'stream');
  return { table: query.table, total, offset: query.offset, arrow: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}
