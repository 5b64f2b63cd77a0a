import type { DuckDBConnection } from '@duckdb/node-api';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLE_NAMES, type TableName, type TableRows } from '../../shared/domain.js';
import { quoteIdent } from '../store/sql-file.js';
import { type CsvText, CSV_TEXT, csvTypesLiteral } from './staging-text.js';

interface TableSink {
  table: TableName;
  /** The table's own columns; `_src` and `_row` follow them. */
  columns: Array<{ name: string; text: CsvText }>;
  /** read_csv's `columns` argument: every column with its type, `_src` and `_row` included. */
  types: string;
  /** Lines appended since the last write to the file, and their length. */
  pending: string[];
  pendingChars: number;
  /** The fields of the row being appended, reused row after row. */
  fields: Array<string | number>;
  /** The open file of rows not yet loaded into the table, and how many it holds. */
  fd: number | null;
  path: string;
  fileChars: number;
  rowsInFile: number;
  rowsBySource: number[];
}

/** Where a staged row came from: index of the file in this import, and its row number. */
export interface RowOrigin {
  src: number;
  row: number;
}

/** Characters of lines held before they are written to the file: short-lived, so they die young (cheap to collect). */
const WRITE_CHARS = 64 * 1024;

/** Characters in a file past which it is loaded while reading goes on. */
const LOAD_CHARS = 16 * 1024 * 1024;

/**
 * Normalised rows on their way in: tables shaped like the project's own, plus the file and
 * row each came from, in an in-memory database attached for this import only. Nothing here
 * touches the project until the whole import has been checked.
 *
 * Rows are appended as lines of CSV text to a temp file per table and loaded by DuckDB's
 * read_csv when SQL next needs them (`beforeInsert`, `flush`), or while reading goes on once
 * a file is large (so other SQL on the connection waits for `idle`): the DuckDB Appender made one
 * native call per value and per row, which took more of an xlsx import than reading the
 * workbook (issue 16). The values are already parsed and checked; the text carries each in
 * the form DuckDB reads back exactly (staging-text.ts).
 */
export class Staging {
  private files = 0;
  /** The loads begun, one after another. */
  private loading: Promise<void> = Promise.resolve();

  private constructor(
    readonly connection: DuckDBConnection,
    readonly catalog: string,
    private readonly sinks: Map<TableName, TableSink>,
    private readonly dir: string,
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
      const all = described.getRowObjectsJS().map((c) => ({ name: String(c.column_name), type: String(c.column_type) }));
      const columns = all.filter((c) => c.name !== '_src' && c.name !== '_row').map((c) => {
        const text = CSV_TEXT[c.type];
        if (!text) throw new Error(`No staging text for column type ${c.type} of ${table}.${c.name}`);
        return { name: c.name, text };
      });
      sinks.set(table, { table, columns, types: csvTypesLiteral(all), pending: [], pendingChars: 0, fields: [], fd: null, path: '', fileChars: 0, rowsInFile: 0, rowsBySource: [] });
    }
    return new Staging(connection, catalog, sinks, stagingDir());
  }

  append<T extends TableName>(table: T, record: Partial<TableRows[T]>, origin: RowOrigin): void {
    const sink = this.sinks.get(table)!;
    const values = record as Record<string, unknown>;
    const fields = sink.fields;
    const columns = sink.columns;
    for (let k = 0; k < columns.length; k++) {
      const value = values[columns[k]!.name];
      fields[k] = value === null || value === undefined ? '' : columns[k]!.text(value);
    }
    fields[columns.length] = origin.src;
    fields[columns.length + 1] = origin.row;
    // One flat string per row (join), not a rope of every value: ropes that live until the
    // next write were most of the garbage collector's work.
    const line = fields.join(',');
    sink.pending.push(line);
    sink.pendingChars += line.length;
    sink.rowsInFile++;
    if (sink.pendingChars >= WRITE_CHARS) this.write(sink);
    sink.rowsBySource[origin.src] = (sink.rowsBySource[origin.src] ?? 0) + 1;
  }

  /**
   * Counts rows that SQL inserted into a staged table itself. Rows appended before are
   * loaded first, so the table keeps the order the rows were read in.
   */
  async beforeInsert(table: TableName): Promise<void> {
    await this.load(this.sinks.get(table)!);
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

  /**
   * Waits for the loads begun while rows were appended. Until then a load may be running on
   * the connection, and DuckDB refuses a second statement or an Appender on a connection
   * busy with one: run nothing else on it before this.
   */
  async idle(): Promise<void> {
    await this.loading;
  }

  /** Makes every appended row visible to SQL. */
  async flush(): Promise<void> {
    for (const sink of this.sinks.values()) this.write(sink, true);
    await this.loading;
  }

  async dispose(): Promise<void> {
    // A load still running reads a file in the folder about to go.
    await this.loading.catch(() => undefined);
    for (const sink of this.sinks.values()) this.close(sink);
    rmSync(this.dir, { recursive: true, force: true });
    await this.connection.run(`DETACH ${quoteIdent(this.catalog)}`);
  }

  /** Loads the rows appended so far into the table, and waits for every load begun. */
  private async load(sink: TableSink): Promise<void> {
    this.write(sink, true);
    await this.loading;
  }

  /**
   * Writes the pending lines to the sink's file; once the file is large (or `load` says so)
   * it is closed and loaded into the table behind the loads begun before, while the reader
   * goes on: DuckDB parses it on its own threads.
   */
  private write(sink: TableSink, load = false): void {
    if (sink.pending.length > 0) {
      if (sink.fd === null) {
        sink.path = join(this.dir, `${sink.table}-${this.files++}.csv`);
        sink.fd = openSync(sink.path, 'w', 0o600);
        sink.fileChars = 0;
      }
      sink.pending.push('');
      writeSync(sink.fd, sink.pending.join('\n'));
      sink.fileChars += sink.pendingChars;
      sink.pending = [];
      sink.pendingChars = 0;
    }
    if (sink.rowsInFile === 0 || !(load || sink.fileChars >= LOAD_CHARS)) return;
    const { table, types, path } = sink;
    this.close(sink);
    sink.rowsInFile = 0;
    // One load at a time, in the order begun: each table's rows stay in the order appended.
    this.loading = this.loading.then(() => this.insert(table, types, path));
    // Its failure is thrown by the next flush or load; until then it is not "unhandled".
    this.loading.catch(() => undefined);
  }

  private async insert(table: TableName, types: string, path: string): Promise<void> {
    try {
      await this.connection.run(
        // Everything spelled out, nothing sniffed: the text is ours, and a quoted empty text is a text, not NULL.
        `INSERT INTO ${quoteIdent(this.catalog)}.${quoteIdent(table)} BY NAME SELECT * FROM read_csv($path, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', new_line = '\\n', allow_quoted_nulls = false, max_line_size = 16777216, buffer_size = 33554432, columns = ${types})`,
        { path },
      );
    } finally {
      unlinkSync(path);
    }
  }

  private close(sink: TableSink): void {
    if (sink.fd === null) return;
    closeSync(sink.fd);
    sink.fd = null;
  }
}

const DIR_PREFIX = 'twinlens-staging-';

/** A private folder for this import's files, named with the process so a dead one's can be told. */
function stagingDir(): string {
  sweepDeadDirs();
  return mkdtempSync(join(tmpdir(), `${DIR_PREFIX}${process.pid}-`));
}

/**
 * Removes the folders of imports whose process died (killed, crashed) before `dispose`:
 * they hold a programme's rows. A folder another user owns, or one in use, is left alone.
 */
function sweepDeadDirs(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const pid = Number(/^\d+(?=-)/.exec(name.slice(DIR_PREFIX.length))?.[0] ?? NaN);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // not ours to remove
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
