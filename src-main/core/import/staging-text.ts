/**
 * Staged values as CSV text that DuckDB's read_csv reads back as the very value the
 * importer parsed: texts quoted when they hold a separator, a quote or a line end, or are
 * empty (so an empty text is not NULL), numbers in JavaScript's shortest round-trip
 * spelling (DuckDB rounds decimal text correctly, so the same double comes back), dates as
 * the ISO text the parsers produce, NULL as nothing.
 */
export type CsvText = (value: unknown) => string;

/** What makes a text need quotes: a separator, a quote, a line end, or nothing at all (NULL otherwise). */
const NEEDS_QUOTES = /[",\n\r]|^$/;

const quoted: CsvText = (value) => {
  const text = String(value);
  // Most cells need no quotes: passed on as they are, no new string is made.
  if (!NEEDS_QUOTES.test(text)) return text;
  return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`;
};

const number: CsvText = (value) => {
  const n = value as number;
  // String(-0) is "0": keep the sign the Appender kept.
  return Object.is(n, -0) ? '-0' : String(n);
};

export const CSV_TEXT: Record<string, CsvText> = {
  VARCHAR: quoted,
  BOOLEAN: (value) => (value ? 'true' : 'false'),
  INTEGER: number,
  BIGINT: number,
  DOUBLE: number,
  DATE: (value) => String(value),
};

/** read_csv's `columns` struct for these columns (names from DESCRIBE, quoted as SQL text). */
export function csvTypesLiteral(columns: ReadonlyArray<{ name: string; type: string }>): string {
  const text = (s: string) => `'${s.replaceAll("'", "''")}'`;
  return `{${columns.map((c) => `${text(c.name)}: ${text(c.type)}`).join(', ')}}`;
}
