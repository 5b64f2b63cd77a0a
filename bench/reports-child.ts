/**
 * Reports of a workbook in a process of its own (at L a failure, out of memory say, must not
 * take the bench down): node --import tsx bench/reports-child.ts FILE.xlsx
 * Prints {"seconds", "maxRssMb"} on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReports } from '../src-main/core/report/index.js';
import { Project } from '../src-main/core/store/project.js';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: reports-child.ts FILE.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'twinlens-bench-reports-'));
const project = await Project.open();
try {
  const outcome = await project.importFiles([file]);
  if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.report.errors.slice(0, 3))}`);
  const t0 = performance.now();
  await writeReports(project, {}, { xlsx: join(dir, 'r.xlsx'), pdf: join(dir, 'r.pdf') });
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - t0) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} finally {
  project.close();
  rmSync(dir, { recursive: true, force: true });
}
