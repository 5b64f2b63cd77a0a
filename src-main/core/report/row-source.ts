import { type DuckDBConnection, JSDuckDBValueConverter } from '@duckdb/node-api';
import { quoteIdent } from '../store/sql-file.js';

export type Row = Record<string, string | number | boolean | null>;

/** Some rows of a list, column by column: `column(key)[i]` is row i's value of `key` (a bigint for a big integer). */
export interface RowBatch {
  length: number;
  column(key: string): ArrayLike<unknown>;
}

/**
 * The rows of a list sheet, read as the workbook is written and never held whole: a
 * programme at L lists a million stakeholders and 850,000 result values. `count` is known
 * before any row is read (ranges and the sheet's dimension come first in its XML); `head`
 * holds the first rows, for the PDF's short lists.
 */
export interface RowSource {
  readonly count: number;
  readonly head: readonly Row[];
  batches(): AsyncIterable<RowBatch>;
  /** The query the rows come from, when they come from one: the sheet writer then has DuckDB write their XML. */
  readonly sql?: { connection: DuckDBConnection; query: string };
}

const BATCH = 4096;

/** DuckDB hands back bigint for counts and objects for some types; the SQL casts, this makes sure. */
function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** Rows already in memory (a short list, or one a test builds). */
export function rowsOf(rows: readonly object[], headRows = rows.length): RowSource {
  return {
    count: rows.length,
    head: rows.slice(0, headRows) as Row[],
    async *batches() {
      for (let from = 0; from < rows.length; from += BATCH) {
        const slice = rows.slice(from, from + BATCH) as Array<Record<string, unknown>>;
        yield { length: slice.length, column: (key) => slice.map((r) => r[key]) };
      }
    },
  };
}

/** Every row of a query, read in order, as plain values. */
export async function readRows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as Array<Record<string, unknown>>;
  for (const row of rows) for (const key in row) row[key] = plain(row[key]);
  return rows as Row[];
}

/**
 * The rows of `query` (a SELECT over the open scope, with its ORDER BY), streamed from
 * DuckDB a chunk at a time when the workbook asks for them. Counted and its head read now;
 * the query itself runs once, when read, so the connection must still hold the same scope
 * and snapshot then (write-reports.ts keeps both open until the files are written).
 */
export async function queryRows(connection: DuckDBConnection, query: string, headRows = 0): Promise<RowSource> {
  const body = query.trim().replace(/;\s*$/, '');
  // On a line of its own: a query may end in a comment.
  const [counted] = await readRows(connection, `SELECT count(*)::BIGINT AS n FROM (${body}\n)`);
  const head = headRows > 0 ? await readRows(connection, `SELECT * FROM (${body}\n) LIMIT ${Math.trunc(headRows)}`) : [];
  return {
    count: Number(counted!.n),
    head,
    sql: { connection, query: body },
    async *batches() {
      const result = await connection.stream(body);
      const index = new Map(result.columnNames().map((name, i) => [name, i]));
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) return;
        const columns = chunk.convertColumns(JSDuckDBValueConverter);
        yield {
          length: chunk.rowCount,
          column: (key) => {
            const at = index.get(key);
            if (at === undefined) throw new Error(`the query has no column ${key}`);
            // As DuckDB gives them (bigint for big integers): the sheet writer reads either.
            return columns[at]!;
          },
        };
      }
    },
  };
}

/**
 * The rows of `query` kept in a temporary table, for a list the report reads several times
 * (the pairings: three sheets and the PDF) or whose query is slow to run twice.
 */
export async function keptRows(connection: DuckDBConnection, table: string, query: string, headRows = 0): Promise<RowSource> {
  const body = query.trim().replace(/;\s*$/, '');
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${quoteIdent(table)} AS ${body}`);
  return queryRows(connection, `SELECT * FROM ${quoteIdent(table)}`, headRows);
}
