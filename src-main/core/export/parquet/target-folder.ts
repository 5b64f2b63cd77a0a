import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MANIFEST_FILE, type Manifest, readManifest } from './manifest.js';

export class ParquetExportError extends Error {}

/** A folder that may be replaced: absent, empty, or a previous Twinlens export. */
export function checkTarget(dir: string): void {
  if (!existsSync(dir)) {
    if (!existsSync(dirname(resolve(dir)))) throw new ParquetExportError(`${dir} cannot be written: its parent folder ${dirname(resolve(dir))} does not exist.`);
    return;
  }
  if (!statSync(dir).isDirectory()) throw new ParquetExportError(`${dir} is a file: --parquet needs a folder (a new name, or a folder written by an earlier export).`);
  if (readdirSync(dir).length === 0) return;
  let manifest: Manifest | null = null;
  try {
    manifest = readManifest(dir);
  } catch {
    manifest = null;
  }
  if (!manifest) throw new ParquetExportError(`${dir} is not empty and holds no Twinlens Parquet export (no ${MANIFEST_FILE}): choose a new or empty folder, so that nothing of yours is replaced.`);
}

export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

/**
 * Puts the finished folder in place. An earlier export there is moved aside first and removed
 * after: a reader sees the old folder or the new one whole, never a mixture (for the moment
 * between the two renames, none).
 */
export async function replaceFolder(temporary: string, dir: string): Promise<void> {
  if (!existsSync(dir)) return rename(temporary, dir);
  const old = join(dirname(resolve(dir)), `.${basename(dir)}.${process.pid}.${randomBytes(4).toString('hex')}.old`);
  await rename(dir, old);
  try {
    await rename(temporary, dir);
  } catch (error) {
    await rename(old, dir).catch(() => undefined);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

