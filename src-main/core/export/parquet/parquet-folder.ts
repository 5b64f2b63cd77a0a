import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../store/migrations.js';
import { FORMAT_VERSION, MANIFEST_FILE, type Manifest, ManifestError, readManifest } from './manifest.js';
import { DATASET_TABLES, PROVENANCE_TABLES, REQUIRED_TABLES } from './parquet-tables.js';

/** A Parquet folder Twinlens cannot read as a dataset; the message names what to fix. */
export class ParquetSourceError extends Error {}

export interface Folder {
  dir: string;
  manifest: Manifest | null;
  /** The Parquet files of each table found in the folder. */
  files: Map<string, string[]>;
}

/**
 * The Parquet files of `table` in `dir`: `<table>.parquet`, or a folder `<table>.parquet` or
 * `<table>` of part files as Spark and pandas write them (their `_SUCCESS` and hidden files aside).
 */
function tableFiles(dir: string, table: string): string[] {
  for (const name of [`${table}.parquet`, table]) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    if (statSync(path).isFile()) return [path];
    const parts = readdirSync(path)
      .filter((f) => f.endsWith('.parquet') && !f.startsWith('.') && !f.startsWith('_'))
      .sort()
      .map((f) => join(path, f));
    if (parts.length > 0) return parts;
  }
  return [];
}

/** The folder's manifest and the files of each table, or an error naming what is missing. */
export function locate(dir: string, derived: readonly string[]): Folder {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ParquetSourceError(`${dir} is not a folder: give a folder written by twinlens export --parquet.`);
  let manifest: Manifest | null;
  try {
    manifest = readManifest(dir);
  } catch (e) {
    if (e instanceof ManifestError) throw new ParquetSourceError(e.message);
    throw e;
  }
  if (manifest && manifest.formatVersion > FORMAT_VERSION) {
    throw new ParquetSourceError(`${dir} was written by a newer Twinlens (Parquet folder format ${manifest.formatVersion}; this one reads ${FORMAT_VERSION}): update Twinlens to read it.`);
  }
  if (manifest && manifest.schemaVersion > SCHEMA_VERSION) {
    throw new ParquetSourceError(`${dir} was written by a newer Twinlens (schema ${manifest.schemaVersion}; this one knows ${SCHEMA_VERSION}): update Twinlens to read it.`);
  }
  const files = new Map<string, string[]>();
  for (const table of [...DATASET_TABLES, ...PROVENANCE_TABLES]) files.set(table, tableFiles(dir, table));
  for (const table of derived) files.set(`derived/${table}`, tableFiles(join(dir, 'derived'), table));

  // Required: the three tables every dataset has, and whatever the manifest says was written.
  const expected = new Set<string>([...REQUIRED_TABLES, ...Object.keys(manifest?.tables ?? {})]);
  const missing = [...expected].filter((t) => files.get(t)?.length === 0 || !files.has(t));
  if (missing.length > 0) {
    const what = manifest ? `its ${MANIFEST_FILE} lists` : 'a Twinlens dataset needs';
    throw new ParquetSourceError(
      `${dir} holds no Twinlens Parquet for ${missing.join(', ')} (${what} ${missing.map((t) => `${t}.parquet`).join(', ')}): give a folder written by twinlens export --parquet, or one with a Parquet file per table of data-model.md.`,
    );
  }
  return { dir, manifest, files };
}

