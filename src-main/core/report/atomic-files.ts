import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class ReportWriteError extends Error {}

/**
 * Writes several files so that either all of them appear, complete, or none changes: each
 * is written to a temporary file beside its target, and only when all are written are they
 * renamed into place. A failure removes every temporary file.
 */
export async function writeFilesAtomically(targets: ReadonlyArray<{ path: string; write: (tempPath: string) => Promise<void> }>): Promise<void> {
  const temps = targets.map((t) => join(dirname(t.path), `.${basename(t.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`));
  try {
    for (const [i, t] of targets.entries()) {
      try {
        await t.write(temps[i]!);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'ENOTDIR') {
          throw new ReportWriteError(`${t.path} cannot be written (${code}): check that its folder exists, is writable and has free space.`);
        }
        throw error;
      }
    }
    for (const [i, t] of targets.entries()) await rename(temps[i]!, t.path);
  } catch (error) {
    await Promise.all(temps.map((p) => rm(p, { force: true })));
    throw error;
  }
}
