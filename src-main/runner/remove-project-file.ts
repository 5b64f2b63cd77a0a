import { rmSync } from 'node:fs';

/** Removes a DuckDB project file and its write-ahead log, if present. */
export function removeProjectFile(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
}
