import type { TableName } from '../../shared/domain.js';
import { cellText } from './cell.js';
import { parseCell } from './cell-parse.js';
import { defaultRegion } from './countries.js';
import type { MappedColumn } from './header-map.js';
import type { ImportState } from './import-state.js';
import type { RowPlace } from './issue-log.js';
import { LIMITS } from './limits.js';
import { completeRecord, normaliseComponent } from './record-defaults.js';
import type { SheetSpec } from './sheet-specs.js';
import { quoteIdent } from '../store/sql-file.js';

/** A UTF-8 CSV file that DuckDB may read as it is, if `records` finds it plain. */
export interface PlainCsv {
  path: string;
  delimiter: string;
  /**
   * Records in the file, the header included, or null when it is not plain
   * (`plainRecordCount`). Called while DuckDB reads the file: the scan of the whole text
   * runs on the main thread as DuckDB parses on its own.
   */
  records: () => number | null;
  /** Fields in its header record. */
  width: number;
}

export interface SqlSheet {
  spec: SheetSpec;
  columns: readonly MappedColumn[];
  place: RowPlace;
  src: number;
  onRow: () => void;
}

/** A cell as cellText reads it, once no value has whitespace at either end. */
const trimmed = (column: string) => `nullif(${column}, '')`;

/**
 * Whether a text cell has ASCII whitespace at either end (a leading byte below "!" covers
 * leading tabs, line ends and spaces), in predicates DuckDB runs as prefix and suffix
 * compares. Unicode spaces are ruled out before, for the whole file (`plainCsv`).
 */
const needsTrim = (column: string) =>
  `${column} < '!' OR ${column} LIKE '% ' OR ${[9, 10, 11, 12, 13].map((ch) => `ends_with(${column}, chr(${ch}))`).join(' OR ')}`;


type MapValue = string | null;

/** Distinct texts up to which a column's values are looked up in a map rather than joined. */
const SMALL_MAP = 32;

/**
 * Spellings SQL reads exactly as parseCell does, so they need not cross into JS: whole
 * numbers of up to nine digits (they fit every count column), plain decimals.
 */
const PLAIN_FORM: Partial<Record<SheetSpec['columns'][number]['type'], string>> = {
  count: '[0-9]{1,9}',
  number: '-?[0-9]{1,15}(\\.[0-9]{1,15})?',
  measurement: '-?[0-9]{1,15}(\\.[0-9]{1,15})?',
};

/**
 * The fast path for a canonical sheet in a plain UTF-8 CSV file: DuckDB's read_csv parses it
 * straight into staging, each distinct text of a typed column is read once by the same
 * parseCell as every other path, and defaults come from the same completeRecord. It only
 * commits when the sheet is clean (no error, no warning, no id seen before); otherwise it
 * returns false having changed nothing, and the row-by-row reader reads the sheet, locating
 * every problem as usual.
 */
export async function stageCsvInSql(csv: PlainCsv, sheet: SqlSheet, state: ImportState): Promise<boolean> {
  const { staging, catalogues } = state;
  const c = staging.connection;
  const cat = quoteIdent(staging.catalog);
  const raw = `${cat}.csv_raw`;
  const map = `${cat}.csv_map`;
  const rawColumns = Array.from({ length: csv.width }, (_, i) => `c${i}`);
  try {
    const rawTypes = `{${rawColumns.map((n) => `'${n}': 'VARCHAR'`).join(', ')}}`;
    await c.run(`CREATE OR REPLACE TABLE ${map} (col INTEGER, raw VARCHAR, v VARCHAR, region VARCHAR)`);
    const reading = c.run(
      // Whether a record holds a value is computed once here, not by every statement below.
      `CREATE OR REPLACE TABLE ${raw} AS SELECT *, coalesce(${rawColumns.map(trimmed).join(', ')}) IS NOT NULL AS _any FROM read_csv($path, header = false, all_varchar = true, auto_detect = false, delim = ${delimiterLiteral(csv.delimiter)}, quote = '"', escape = '"', columns = ${rawTypes})`,
      { path: csv.path },
    ).then(() => true, () => false); // ragged rows and the like: the row reader says what is wrong, if anything
    const records = csv.records();
    if (!(await reading) || records === null) return false;
    const { spec, columns, src } = sheet;
    // Rows after the header that hold a value, numbered as the file's records.
    const rows = `(SELECT (rowid + 1)::INTEGER AS _row, * EXCLUDE (_any) FROM ${raw} WHERE rowid > 0 AND _any)`;
    const byName = new Map(columns.map((m) => [m.spec.name, m]));
    const typed: Array<{ column: SheetSpec['columns'][number]; mapped: MappedColumn; plain: string | undefined }> = [];
    const free: Array<{ column: SheetSpec['columns'][number]; mapped: MappedColumn }> = [];
    for (const column of spec.columns) {
      const mapped = byName.get(column.name);
      if (!mapped) continue;
      // Free text is taken as written, so it must need no trimming; typed cells are read by parseCell, which trims.
      if (column.type === 'text' && !(spec.table === 'pairings' && column.name === 'component') && !(spec.table === 'entities' && column.name === 'region')) free.push({ column, mapped });
      else typed.push({ column, mapped, plain: PLAIN_FORM[column.type] });
    }

    // Every check of the whole file in one pass: the record count, a cell longer than Excel
    // allows (refused, with its place, by the row reader), free text needing a trim or missing.
    const checks = [
      // strlen (bytes, stored with the string) is never below length (characters, counted): only long cells are counted.
      // A CASE, not AND: DuckDB evaluates both sides of an AND for every row, a THEN only for the rows its WHEN selects.
      `bool_or(CASE WHEN greatest(${rawColumns.map((n) => `coalesce(strlen(${n}), 0)`).join(', ')}) > ${LIMITS.maxCellChars} THEN greatest(${rawColumns.map((n) => `coalesce(length(${n}), 0)`).join(', ')}) > ${LIMITS.maxCellChars} ELSE false END)`,
      ...free.map(({ column, mapped }) => {
        const cell = `c${mapped.index}`;
        return `bool_or(_data AND (${needsTrim(cell)}${column.required ? ` OR ${trimmed(cell)} IS NULL` : ''}))`;
      }),
    ];
    const checkRow = `SELECT -2 AS k, NULL::VARCHAR AS texts, NULL::VARCHAR AS rows, count(*) <> ${records} OR ${checks.map((b) => `coalesce(${b}, false)`).join(' OR ')} AS failed, NULL::INTEGER AS n FROM (SELECT *, rowid > 0 AND _any AS _data FROM ${raw})`;

    // Each distinct text of each typed column once, in the order the rows first show it (open
    // catalogues keep the first spelling), a column's texts as one string: one value per
    // column crossing into JS, not thousands. Digits (and decimals) read the same in SQL as
    // in parseCell: only other spellings go to it.
    const distinctTexts = typed.map(
      ({ mapped, plain }, k) =>
        `SELECT ${k} AS k, string_agg(raw, chr(0) ORDER BY first), NULL::VARCHAR, bool_or(raw IS NULL), count(raw)::INTEGER FROM (SELECT r.c${mapped.index} AS raw, min(r._row) AS first FROM ${rows} r WHERE r.c${mapped.index} IS NULL OR ${plain ? `NOT regexp_full_match(r.c${mapped.index}, '${plain}')` : 'true'} GROUP BY r.c${mapped.index})`,
    );
    // The ids and their rows as two strings: a hundred thousand values would cross one by one otherwise.
    const idColumn = spec.id;
    const id = idColumn ? byName.get(idColumn)! : undefined;
    const idTexts = id ? [`SELECT -1, string_agg(r.c${id.index}, chr(0) ORDER BY r._row), string_agg(r._row::VARCHAR, ',' ORDER BY r._row), NULL::BOOLEAN, count(*)::INTEGER FROM ${rows} r`] : [];
    // The checks, the distinct texts and the ids in one statement: a round trip costs
    // milliseconds whatever the size, and a clean file needs all three.
    type Found = [number, string | null, string | null, boolean | null, number | null];
    const found = (await c.runAndReadAll([checkRow, ...idTexts, ...distinctTexts].join(' UNION ALL '))).getRows() as Found[];
    found.sort((a, b) => a[0] - b[0]);
    if (found[0]![3]) return false;
    const idRow = id ? found[1]! : undefined;
    const distinct = found.slice(id ? 2 : 1).map(([k, texts, , hasNull, count]) => [k, texts, hasNull, count] as [number, string | null, boolean | null, number]);

    // What completeRecord fills into a row with nothing: the defaults of blank cells.
    const defaults: Record<string, unknown> = {};
    completeRecord(spec.table, defaults, catalogues);
    const mapAppender = await c.createAppender('csv_map', 'main', staging.catalog);
    // How each typed column's value is looked up: a column of few distinct texts from a map in
    // one row beside every record, which keeps the records in file order (so the copy into the
    // project need not sort them); a column of many through a join, as a map is searched
    // entry by entry (4,000 dates of 190,000 outcomes at L took twice the join's time).
    const maps: string[] = [];
    const joins: string[] = [];
    const lookup = new Map<number, (field: 'v' | 'region') => string>();
    const select: string[] = [];
    try {
      for (const column of spec.columns) {
        const mapped = byName.get(column.name);
        const name = quoteIdent(column.name);
        if (!mapped) {
          select.push(`${defaultOrNull(column.name, defaults, spec.table)} AS ${name}`);
          continue;
        }
        const cell = `r.c${mapped.index}`;
        const k = typed.findIndex((t) => t.column === column);
        if (k < 0) {
          select.push(`${withDefault(trimmed(cell), column.name, defaults)} AS ${name}`);
          continue;
        }
        const { plain } = typed[k]!;
        const [, joined, hasNull, count] = distinct[k]!;
        const texts: Array<string | null> = joined === null ? [] : joined.split('\u0000');
        if (texts.length !== count) return false; // a NUL inside a value: the row reader reads it
        if (hasNull) texts.push(null);
        let nullValue: MapValue = null;
        for (const text of texts) {
          const read = readValue(spec.table, column.name, column.type, text, catalogues);
          if (read === null || (read.value === null && column.required)) return false;
          if (text === null) nullValue = read.value;
          else {
            mapAppender.appendInteger(mapped.index);
            mapAppender.appendVarchar(text);
            if (read.value === null) mapAppender.appendNull();
            else mapAppender.appendVarchar(read.value);
            if (read.region === null) mapAppender.appendNull();
            else mapAppender.appendVarchar(read.region);
            mapAppender.endRow();
          }
        }
        const alias = `m${mapped.index}`;
        // Whether a cell's text is in its column's map: every text not plain is, so one that is not needs no regular expression per row.
        let inMap: string;
        if (count <= SMALL_MAP) {
          maps.push(`map_from_entries(list((raw, v)) FILTER (WHERE col = ${mapped.index})) AS ${alias}`, `map_from_entries(list((raw, region)) FILTER (WHERE col = ${mapped.index})) AS ${alias}r`);
          lookup.set(mapped.index, (field) => `map_extract_value(maps.${alias}${field === 'region' ? 'r' : ''}, ${cell})`);
          inMap = `map_contains(maps.${alias}, ${cell})`;
        } else {
          joins.push(`LEFT JOIN ${map} ${alias} ON ${alias}.col = ${mapped.index} AND ${alias}.raw = ${cell}`);
          lookup.set(mapped.index, (field) => `${alias}.${field}`);
          inMap = `${alias}.raw IS NOT NULL`;
        }
        // A plain text reads as itself. The map holds every other text of the column (checked
        // above), so a text it lacks is plain: tested per row by a lookup, not by a regular
        // expression (which was most of the statement's time for a column of counts).
        const v = lookup.get(mapped.index)!('v');
        const value = plain
          ? `CASE WHEN ${cell} IS NULL THEN ${sqlText(nullValue)} WHEN ${inMap} THEN ${v} ELSE ${cell} END`
          : `CASE WHEN ${cell} IS NULL THEN ${sqlText(nullValue)} ELSE ${v} END`;
        if (spec.table === 'entities' && column.name === 'region') {
          select.push(`coalesce(${value}, ${countryRegion(byName, lookup)}) AS ${name}`);
        } else select.push(`${withDefault(value, column.name, defaults)} AS ${name}`);
      }
    } finally {
      mapAppender.closeSync();
    }
    if (spec.table === 'entities' && !byName.has('region')) {
      const at = select.findIndex((s) => s.endsWith(` AS ${quoteIdent('region')}`));
      select[at] = `${countryRegion(byName, lookup)} AS ${quoteIdent('region')}`;
    }

    const staged = `SELECT ${select.join(', ')}, ${src}::INTEGER AS _src, r._row FROM ${rows} r ${joins.join(' ')}${maps.length ? ` CROSS JOIN (SELECT ${maps.join(', ')} FROM ${map}) maps` : ''}`;
    if (spec.table === 'pairings' && (await anyRow(c, `SELECT 1 FROM (${staged}) WHERE end_date::DATE < start_date::DATE LIMIT 1`))) return false;

    if (idColumn && idRow) {
      const [, idText, rowText, , count] = idRow;
      const ids = idText === null ? [] : idText.split('\u0000');
      const idRows = rowText === null ? [] : rowText.split(',').map(Number);
      if (ids.length !== count || new Set(ids).size !== ids.length || ids.some((v) => state.isClaimed(idColumn, v))) return false;
      ids.forEach((v, i) => state.claimId(idColumn, v, sheet.place, idRows[i]!));
    }

    // Staged rows need no order: the dataset is written, and problems listed, by file and row.
    staging.beforeInsert(spec.table);
    const inserted = await c.runAndReadAll(`INSERT INTO ${cat}.${quoteIdent(spec.table)} BY NAME ${staged}`);
    staging.afterInsert(spec.table, src, Number(inserted.getRows()[0]![0]));
    for (let i = 1; i < records; i++) sheet.onRow();
    return true;
  } finally {
    await c.run(`DROP TABLE IF EXISTS ${raw}; DROP TABLE IF EXISTS ${map};`);
  }
}

/**
 * One distinct text of a typed column as the row reader would store it; null when it would
 * report something (an error, or a warning for a value outside a catalogue).
 */
function readValue(table: TableName, name: string, type: SheetSpec['columns'][number]['type'], text: string | null, catalogues: ImportState['catalogues']): { value: MapValue; region: MapValue } | null {
  if (table === 'pairings' && name === 'component') return { value: normaliseComponent(cellText(text)), region: null };
  if (table === 'entities' && name === 'region') {
    const written = cellText(text);
    return { value: written === null ? null : catalogues.regions.match(written).value, region: null };
  }
  const parsed = parseCell(type, text, catalogues);
  if (!parsed.ok || ('unknown' in parsed && parsed.unknown)) return null;
  // String(-0) is "0": keep the sign the row reader keeps.
  const value = parsed.value === null ? null : Object.is(parsed.value, -0) ? '-0' : String(parsed.value);
  return { value, region: type === 'country' && value !== null ? defaultRegion(value) : null };
}

/** An entity's region when the file gives none: its country's, as completeRecord derives it. */
function countryRegion(byName: Map<string, MappedColumn>, lookup: Map<number, (field: 'v' | 'region') => string>): string {
  const country = byName.get('country');
  const find = country ? lookup.get(country.index) : undefined;
  return find ? find('region') : 'NULL';
}

function withDefault(expression: string, column: string, defaults: Record<string, unknown>): string {
  const fallback = defaults[column];
  return fallback === undefined || fallback === null ? expression : `coalesce(${expression}, ${sqlText(String(fallback))})`;
}

function defaultOrNull(column: string, defaults: Record<string, unknown>, table: TableName): string {
  if (table === 'pairings' && column === 'component') return sqlText(normaliseComponent(null));
  const fallback = defaults[column];
  return fallback === undefined || fallback === null ? 'NULL' : sqlText(String(fallback));
}

/** A value the code made (never the file's text) as a SQL literal. */
function sqlText(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`;
}

function delimiterLiteral(delimiter: string): string {
  if (delimiter === '\t') return 'chr(9)';
  if (delimiter === ',' || delimiter === ';') return `'${delimiter}'`;
  throw new Error(`unexpected CSV delimiter ${JSON.stringify(delimiter)}`);
}

async function anyRow(c: ImportState['staging']['connection'], sql: string): Promise<boolean> {
  return (await c.runAndReadAll(sql)).getRows().length > 0;
}
