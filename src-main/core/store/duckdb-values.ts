import { type DuckDBDateValue, dateValue } from '@duckdb/node-api';

const DAY_MS = 86400000;

/** An ISO `YYYY-MM-DD` as DuckDB's DATE (days since 1970-01-01). */
export function isoToDuckDate(iso: string): DuckDBDateValue {
  return dateValue(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}
