import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { isoToDuckDate } from '../store/duckdb-values.js';
import { TABLE_NAMES, type TableName, type TableRows } from '../../shared/domain.js';
import { quoteIdent } from '../store/sql-file.js';

type Writer = (appender: DuckDBAppender, value: unknown) => void;

const WRITERS: Record<string, Writer> = {
  VARCHAR: (a, v) => a.appendVarchar(v as string),
  BOOLEAN: (a, v) => a.appendBoolean(v as boolean),
  INTEGER: (a, v) => a.appendInteger(v as number),
  BIGINT: (a, v) => a.appendBigInt(BigInt(v as number)),
  DOUBLE: (a, v) => a.appendDouble(v as number),
  DATE: (a, v) => a.appendDate(isoToDuckDate(v as string)),
};

interface TableSink {
  appender: DuckDBAppender;
  /** The table's own columns; `_src` and `_row` follow them. */
  columns: Array<{ name: string; write: Writer }>;
  rowsBySource: number[];
}

/** Where a staged row came from: index of the file in this import, and its row number. */
export interface RowOrigin {
  src: number;
  row: number;
}

/**
 * Normalised rows on their way in: tables shaped like the project's own, plus the file and
 * row each came from, in an in-memory database attached for this import only. Nothing here
 * touches the project until the whole import has been checked.
 */
export class Staging {
  private constructor(
    readonly connection: DuckDBConnection,
    readonly catalog: string,
    private readonly sinks: Map<TableName, TableSink>,
  ) {}

  static async create(connection: DuckDBConnection, catalog: string): Promise<Staging> {
    const cat = quoteIdent(catalog);
    await connection.run(`ATTACH ':memory:' AS ${cat}`);
    const sinks = new Map<TableName, TableSink>();
    for (const table of TABLE_NAMES) {
      const t = quoteIdent(table);
      await connection.run(
        `CREATE TABLE ${cat}.${t} AS SELECT *, 0::INTEGER AS _src, 0::INTEGER AS _row FROM main.${t} LIMIT 0`,
      );
      const described = await connection.runAndReadAll(`DESCRIBE ${cat}.${t}`);
      const columns = described.getRowObjectsJS().filter((c) => c.column_name !== '_src' && c.column_name !== '_row').map((c) => {
        const type = String(c.column_type);
        const write = WRITERS[type];
        if (!write) throw new Error(`No appender for column type ${type} of ${table}.${String(c.column_name)}`);
        return { name: String(c.column_name), write };
      });
      sinks.set(table, { appender: await connection.createAppender(table, 'main', catalog), columns, rowsBySource: [] });
    }
    return new Staging(connection, catalog, sinks);
  }

  append<T extends TableName>(table: T, record: Partial<TableRows[T]>, origin: RowOrigin): void {
    const sink = this.sinks.get(table)!;
    const { appender } = sink;
    const values = record as Record<string, unknown>;
    for (const column of sink.columns) {
      const value = values[column.name];
      if (value === null || value === undefined) appender.appendNull();
      else column.write(appender, value);
    }
    appender.appendInteger(origin.src);
    appender.appendInteger(origin.row);
    appender.endRow();
    sink.rowsBySource[origin.src] = (sink.rowsBySource[origin.src] ?? 0) + 1;
  }

  /**
   * Counts rows that SQL inserted into a staged table itself. Rows appended before are
   * flushed first, so the table keeps the order the rows were read in.
   */
  beforeInsert(table: TableName): void {
    this.sinks.get(table)!.appender.flushSync();
  }

  afterInsert(table: TableName, src: number, rows: number): void {
    const sink = this.sinks.get(table)!;
    sink.rowsBySource[src] = (sink.rowsBySource[src] ?? 0) + rows;
  }

  /** Rows staged per file index and table. */
  rowCounts(): Array<{ src: number; table: TableName; rows: number }> {
    const counts: Array<{ src: number; table: TableName; rows: number }> = [];
    for (const [table, sink] of this.sinks) {
      sink.rowsBySource.forEach((rows, src) => {
        if (rows) counts.push({ src, table, rows });
      });
    }
    return counts;
  }

  /** Makes every appended row visible to SQL. */
  flush(): void {
    for (const sink of this.sinks.values()) sink.appender.flushSync();
  }

  async dispose(): Promise<void> {
    for (const sink of this.sinks.values()) {
      try {
        sink.appender.closeSync();
      } catch {
        // An appender whose rows failed to flush is being thrown away with its database.
      }
    }
    await this.connection.run(`DETACH ${quoteIdent(this.catalog)}`);
  }
}
