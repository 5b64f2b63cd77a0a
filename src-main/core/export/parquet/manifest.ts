import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'twinlens-parquet';
/** The layout of the folder itself (file names, manifest keys); the tables follow the schema version. */
export const FORMAT_VERSION = 1;

const tableEntry = z.object({ file: z.string(), rows: z.number().int().nonnegative() });

/**
 * manifest.json of a Parquet folder: what wrote it, which file holds which table and how many
 * rows, the files the dataset was imported from, and the filters of the export. Readers of
 * the folder need none of it; Twinlens checks the format and the schema version with it, and
 * uses the derived tables only when the schema version is its own.
 */
export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string(),
  filters: z.record(z.string(), z.unknown()),
  tables: z.record(z.string(), tableEntry),
  /** The per-pairing aggregates the indicators read (derived/); absent from an as-of export. */
  derived: z.record(z.string(), tableEntry),
  sources: z.array(
    z.object({ file: z.string(), sha256: z.string(), bytes: z.number().nullable(), importedAt: z.string().nullable(), rows: z.record(z.string(), z.number()) }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;

export class ManifestError extends Error {}

/**
 * The folder's manifest; null when it has none (a folder written by another tool). A file
 * that is not a Twinlens manifest is an error, not a folder without one.
 */
export function readManifest(dir: string): Manifest | null {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ManifestError(`${path} cannot be read as JSON (${(e as Error).message}): remove it, or export the folder again.`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ManifestError(`${path} is not a Twinlens Parquet manifest (${issue.path.join('.') || 'the file'}: ${issue.message}): export the folder again with twinlens export --parquet.`);
  }
  return result.data;
}
