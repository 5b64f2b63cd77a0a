/**
 * Writing the Excel workbook and the PDF report (issue 4) for the whole programme: both
 * files in one call, as the CLI and the app's Export menu do, and each alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReports } from '../../src-main/core/report/index.js';
import type { Project } from '../../src-main/core/store/project.js';
import { median, timed } from './stats.js';

export interface ReportTimes {
  reportXlsxAndPdfS: number;
  reportXlsxS: number | null;
  reportPdfS: number | null;
  reportReps: number;
}

/** `alone` false: only both files at once (at L each write takes long). */
export async function measureReports(project: Project, reps: number, alone: boolean, log: (s: string) => void): Promise<ReportTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'twinlens-bench-reports-'));
  const xlsx = join(dir, 'r.xlsx');
  const pdf = join(dir, 'r.pdf');
  const both: number[] = [];
  const onlyXlsx: number[] = [];
  const onlyPdf: number[] = [];
  try {
    // One unmeasured write where there is time for it: fonts, ECharts and exceljs load once per process.
    if (alone) await writeReports(project, {}, { xlsx, pdf });
    for (let i = 0; i < reps; i++) {
      both.push((await timed(() => writeReports(project, {}, { xlsx, pdf }))).seconds);
      if (alone) {
        onlyXlsx.push((await timed(() => writeReports(project, {}, { xlsx }))).seconds);
        onlyPdf.push((await timed(() => writeReports(project, {}, { pdf }))).seconds);
      }
      log(`    reports ${both.at(-1)!.toFixed(2)} s for both${alone ? ` (workbook ${onlyXlsx.at(-1)!.toFixed(2)} s, PDF ${onlyPdf.at(-1)!.toFixed(2)} s)` : ''}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { reportXlsxAndPdfS: r(median(both)), reportXlsxS: alone ? r(median(onlyXlsx)) : null, reportPdfS: alone ? r(median(onlyPdf)) : null, reportReps: reps };
}

/** Both reports once, in a child process with a time limit; the reason when it fails. */
export function reportsInChild(xlsxFile: string, log: (s: string) => void): { reportXlsxAndPdfS: number | null; reportMaxRssMb?: number; reportsGap?: string } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'reports-child.ts'), xlsxFile], {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) {
    const why = child.error ? String(child.error) : child.signal ? `killed by ${child.signal}` : child.stderr.trim().split('\n').filter((l) => l.trim()).slice(-3).join(' | ');
    log(`    reports failed: ${why}`);
    return { reportXlsxAndPdfS: null, reportsGap: `writing both reports of the whole programme failed in a child process: ${why.slice(0, 400)}` };
  }
  const r = JSON.parse(child.stdout) as { seconds: number; maxRssMb: number };
  log(`    reports ${r.seconds.toFixed(2)} s for both, peak RSS ${r.maxRssMb.toFixed(0)} MB`);
  return { reportXlsxAndPdfS: Math.round(r.seconds * 1000) / 1000, reportMaxRssMb: Math.round(r.maxRssMb) };
}
