import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';

const statements = new WeakMap<DuckDBConnection, Map<string, DuckDBPreparedStatement>>();

/**
 * `sql` prepared once per connection and `variant`. Planning costs 1-3 ms a statement
 * whatever the data's size, as much as running one over a small programme: on a connection
 * that is kept (the dashboard's indicators), each query is planned once, not on every filter
 * change. A plan fits the table sizes it was made for (a join order for 50 pairings in scope
 * is slow for 100,000), so callers name a variant per size class.
 */
export async function preparedOn(connection: DuckDBConnection, sql: string, variant = ''): Promise<DuckDBPreparedStatement> {
  let mine = statements.get(connection);
  if (!mine) statements.set(connection, (mine = new Map()));
  const key = `${variant}\u0000${sql}`;
  let statement = mine.get(key);
  if (!statement) {
    statement = await connection.prepare(sql);
    mine.set(key, statement);
  }
  return statement;
}

/** A size class for `preparedOn`: sizes within a factor of four or so share a plan. */
export const sizeClass = (rows: number): string => String(Math.floor(Math.log2(rows + 1) / 2));
