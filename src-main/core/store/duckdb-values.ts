import { type DuckDBDateValue, dateValue } from '@duckdb/node-api';

const DAY_MS = 86400000;

/** Dates already converted: a programme's rows repeat a few thousand distinct days. */
const known = new Map<string, DuckDBDateValue>();

/** An ISO `YYYY-MM-DD` as DuckDB's DATE (days since 1970-01-01). */
export function isoToDuckDate(iso: string): DuckDBDateValue {
  let value = known.get(iso);
  if (value === undefined) {
    if (known.size >= 100_000) known.clear();
    value = dateValue(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    known.set(iso, value);
  }
  return value;
}
