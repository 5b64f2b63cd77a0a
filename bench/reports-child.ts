/**
 * Both reports of a project file in a process of its own (at L a failure, out of memory say,
 * must not take the bench down, and the peak memory is the reports' alone):
 *   node --import tsx bench/reports-child.ts PROJECT.duckdb
 * Prints {"seconds", "maxRssMb"} on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReports } from '../src-main/core/report/index.js';
import { Project } from '../src-main/core/store/project.js';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: reports-child.ts PROJECT.duckdb');
const dir = mkdtempSync(join(tmpdir(), 'twinlens-bench-reports-'));
const project = await Project.open(file);
try {
  const t0 = performance.now();
  await writeReports(project, {}, { xlsx: join(dir, 'r.xlsx'), pdf: join(dir, 'r.pdf') });
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - t0) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} finally {
  project.close();
  rmSync(dir, { recursive: true, force: true });
}
