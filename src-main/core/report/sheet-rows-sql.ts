import { quoteIdent } from '../store/sql-file.js';
import type { TableColumn } from './sheet-table.js';

/** A column of the query and its SQL type, from DESCRIBE. */
export interface SqlColumnType {
  name: string;
  type: string;
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/;
const FORBIDDEN = `'[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x{FFFE}\\x{FFFF}]'`;

/** The first character is one of these code points (what `left(x, 1) IN (...)` tests, without cutting a string). */
const startsWithAny = (x: string, codes: readonly number[]) => `ascii(${x}) IN (${codes.join(', ')})`;

/** RE2's \s, the class regexp_matches(x, '^\\s|\\s$') tested: tab, line feed, form feed, carriage return, space. */
const SPACE = [9, 10, 12, 13, 32];

/** Anything xmlText must change: markup characters, CR, and the characters XML 1.0 forbids. */
const NEEDS_WORK = `'[&<>\\r\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x{FFFE}\\x{FFFF}]'`;

/**
 * xmlText of bulk-sheets.ts in SQL: characters XML 1.0 forbids dropped, markup escaped, CR as
 * a reference. One test a text, and each step only where the text needs it: most texts need
 * none, and a test allocates nothing where a replace writes a new string.
 */
function xmlText(x: string): string {
  const clean = `CASE WHEN regexp_matches(${x}, ${FORBIDDEN}) THEN regexp_replace(${x}, ${FORBIDDEN}, '', 'g') ELSE ${x} END`;
  const escaped = `replace(replace(replace(replace(${clean}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), chr(13), '&#13;')`;
  return `CASE WHEN regexp_matches(${x}, ${NEEDS_WORK}) THEN ${escaped} ELSE ${x} END`;
}

/**
 * Every row of `query`, in its order, as the bytes of its `<row>` element, sheet row
 * `firstRow` first: what bulk-sheets.ts writes from JS values (numbers as numbers, ISO dates
 * as Excel day numbers, yes/no, everything else inline text, formula-like text in the
 * column's Text style). One concat() per row of constant pieces and values, where a blank
 * cell's pieces are all NULL (concat skips them): DuckDB writes each row once instead of a
 * string per `||`. It hands the text over as bytes, so the writer neither decodes nor
 * encodes it.
 */
export function sheetRowsSql(
  query: string,
  firstRow: number,
  columns: readonly TableColumn[],
  types: readonly SqlColumnType[],
  letters: readonly string[],
  plainStyle: readonly string[],
  textStyle: readonly string[],
): string {
  const typeOf = new Map(types.map((t) => [t.name, t.type]));
  const parts = columns.flatMap((c, i) => {
    const type = typeOf.get(c.key);
    if (type === undefined) throw new Error(`the query has no column ${c.key}`);
    const x = `q.${quoteIdent(c.key)}`;
    const blank = type === 'VARCHAR' ? `${x} IS NULL OR ${x} = ''` : `${x} IS NULL`;
    const when = (value: string) => `CASE WHEN ${blank} THEN NULL ELSE ${value} END`;
    const ref = [when(sqlString(`<c r="${letters[i]}`)), when('q.__r')];
    const number = (value: string) => [...ref, when(sqlString(`"${plainStyle[i]}><v>`)), when(value), when(`'</v></c>'`)];
    /** Text cell pieces; `text` is never NULL where the cell is not blank. */
    const text = (value: string) => [
      ...ref,
      when(
        `CASE WHEN ${startsWithAny(value, [61, 43, 45, 64, 9, 13])} THEN ${sqlString(`"${textStyle[i]} t="inlineStr"><is>`)} ` +
          `ELSE ${sqlString(`"${plainStyle[i]} t="inlineStr"><is>`)} END`,
      ),
      // Only text with space at an end needs xml:space.
      when(
        `CASE WHEN ${startsWithAny(value, SPACE)} OR ${SPACE.map((code) => `ends_with(${value}, chr(${code}))`).join(' OR ')} ` +
          `THEN '<t xml:space="preserve">' ELSE '<t>' END`,
      ),
      when(xmlText(value)),
      when(`'</t></is></c>'`),
    ];
    if (NUMERIC.test(type)) return number(`${x}::VARCHAR`);
    if (type === 'BOOLEAN') return text(c.format === 'yesno' ? `CASE WHEN ${x} THEN 'yes' ELSE 'no' END` : `CASE WHEN ${x} THEN 'true' ELSE 'false' END`);
    if (type === 'DATE' && c.format === 'date') return number(`(${x} - DATE '1899-12-30')::VARCHAR`);
    if (type === 'VARCHAR' && c.format === 'date') {
      // An ISO day is written as a number, anything else as the text it is.
      const day = `CASE WHEN regexp_full_match(${x}, '\\d{4}-\\d{2}-\\d{2}') THEN TRY_CAST(${x} AS DATE) END`;
      const asNumber = (piece: string) => `CASE WHEN ${day} IS NOT NULL THEN ${piece} END`;
      const asText = (piece: string) => `CASE WHEN ${day} IS NULL THEN ${piece} END`;
      return [...ref, ...number(`(${day} - DATE '1899-12-30')::VARCHAR`).slice(2).map(asNumber), ...text(x).slice(2).map(asText)];
    }
    return text(`${x}::VARCHAR`);
  });
  // row_number() OVER () numbers the rows as they stream from the query's ORDER BY (DuckDB's
  // streaming window keeps their order; test/integration/report-data-order.test.ts checks it).
  return (
    `SELECT encode(concat('<row r="', q.__r, '">', ${parts.join(', ')}, '</row>')) AS xml ` +
    `FROM (SELECT *, (row_number() OVER () + ${Math.trunc(firstRow) - 1})::VARCHAR AS __r FROM (${query}\n)) q`
  );
}
