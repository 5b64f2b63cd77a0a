import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { StageOptions } from '../import/stage-files.js';
import { type ImportOutcome, Project } from './project.js';

/**
 * The import was committed (its write-ahead log `P.wal` holds it, and DuckDB replays it on
 * the next open), but folding that log into the project file failed, e.g. on a full disk:
 * the new data is safe, the file is not compact.
 */
export class CheckpointError extends Error {
  constructor(
    readonly outcome: ImportOutcome,
    cause: unknown,
  ) {
    super(`the import was saved, but the project file could not be completed (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`, { cause });
  }
}

/**
 * Imports into a project file. An existing project is updated in one transaction; a new one
 * is built beside its final name and renamed into place only when the import succeeds, so
 * a failed import never leaves a project file behind.
 */
export async function importIntoProjectFile(projectPath: string, files: readonly string[], options: StageOptions = {}): Promise<ImportOutcome> {
  if (existsSync(projectPath)) {
    const project = await Project.open(projectPath);
    try {
      const outcome = await project.importFiles(files, options);
      if (outcome.ok) {
        try {
          await project.checkpoint();
        } catch (error) {
          throw new CheckpointError(outcome, error);
        }
      }
      return outcome;
    } finally {
      project.close();
    }
  }
  const temporary = join(dirname(projectPath), `.${basename(projectPath)}.${process.pid}.importing`);
  const cleanUp = () => Promise.all([rm(temporary, { force: true }), rm(`${temporary}.wal`, { force: true })]);
  await removeAbandoned(projectPath);
  await cleanUp();
  // Cleaned up however the import ends: a full disk must not keep a half-built project.
  try {
    let outcome: ImportOutcome;
    const project = await Project.open(temporary);
    try {
      outcome = await project.importFiles(files, options);
      if (outcome.ok) await project.checkpoint();
    } finally {
      project.close();
    }
    if (outcome.ok) await rename(temporary, projectPath);
    return outcome;
  } finally {
    await cleanUp();
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** New-project files left by imports that were killed: their process is gone. */
async function removeAbandoned(projectPath: string): Promise<void> {
  const prefix = `.${basename(projectPath)}.`;
  const names = await readdir(dirname(projectPath)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)\.importing(\.wal)?$/.exec(name.slice(prefix.length))?.[1];
    if (pid && !isRunning(Number(pid))) await rm(join(dirname(projectPath), name), { force: true });
  }
}
