import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeProjectFile } from './remove-project-file.js';

const SCRATCH = /^twinlens-(\d+)-[0-9a-f]{12}\.duckdb$/;

/** A temporary project file for data opened without a project (the sample, files on the command line). */
export function scratchProjectPath(dir = tmpdir()): string {
  return join(dir, `twinlens-${process.pid}-${randomBytes(6).toString('hex')}.duckdb`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes scratch projects left by Twinlens processes that no longer run (killed, crashed). */
export function removeAbandonedScratchProjects(dir = tmpdir()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(SCRATCH.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    removeProjectFile(join(dir, name));
    removed.push(join(dir, name));
  }
  return removed;
}
