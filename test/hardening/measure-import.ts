/**
 * Run as a child process: `node --expose-gc --import tsx measure-import.ts JOBS`, JOBS being
 * JSON `[{ "project": P, "file": F }, ...]`. Imports each file in turn into its project
 * (as `twinlens import` does) and prints, per job, one JSON line: the outcome and the peak
 * memory the import added.
 *
 * Peak memory is exact: the kernel's high-water mark of the resident set (VmHWM) is reset
 * before each import (writing 5 to /proc/self/clear_refs) and read after it, so the
 * figure is the highest the process reached during that import, minus where it started.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importIntoProjectFile } from '../../src-main/core/store/project-file.js';
import { Project } from '../../src-main/core/store/project.js';
import { SAMPLE } from './hostile-files.js';

export interface Measured {
  file: string;
  ok: boolean;
  unreadable: boolean;
  errors: Array<{ code: string; file: string; sheet: string | null; row: number | null; column: string | null; message: string }>;
  /** Peak resident memory during the import over the resident memory before it, in bytes. */
  peakGrowth: number;
  /** How the peak was measured: 'hwm' (exact) or 'maxrss' (the process's lifetime peak, an over-estimate). */
  method: 'hwm' | 'maxrss';
  ms: number;
  /** Set when the import threw instead of returning an outcome: a defect. */
  thrown?: string;
}

const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;

function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return kib('VmHWM') <= kib('VmRSS') + 1024 * 1024;
  } catch {
    return false;
  }
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const jobs = JSON.parse(process.argv[2]!) as Array<{ project: string; file: string }>;
// Warm up: modules, DuckDB and exceljs loaded, as in an app that has imported before.
const warm = await Project.open();
await warm.importFiles([SAMPLE]);
warm.close();

for (const { project, file } of jobs) {
  gc();
  const exact = resetPeak();
  const before = exact ? kib('VmRSS') : process.memoryUsage.rss();
  const started = performance.now();
  let line: Measured;
  try {
    const outcome = await importIntoProjectFile(project, [file]);
    line = { file, ok: outcome.ok, unreadable: outcome.unreadable, errors: outcome.report.errors, peakGrowth: 0, method: 'hwm', ms: 0 };
  } catch (error) {
    line = { file, ok: false, unreadable: false, errors: [], peakGrowth: 0, method: 'hwm', ms: 0, thrown: String((error as Error)?.stack ?? error) };
  }
  line.ms = Math.round(performance.now() - started);
  line.method = exact ? 'hwm' : 'maxrss';
  line.peakGrowth = (exact ? kib('VmHWM') : process.resourceUsage().maxRSS * 1024) - before;
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
