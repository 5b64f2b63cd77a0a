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

function child(script: string, args: readonly string[]): { ok: true; value: { seconds: number; maxRssMb: number } } | { ok: false; why: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', script), ...args], {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 1 << 24,
  });
  if (run.status === 0) return { ok: true, value: JSON.parse(run.stdout) };
  const why = run.error ? String(run.error) : run.signal ? `killed by ${run.signal}` : run.stderr.trim().split('\n').filter((l) => l.trim()).slice(-3).join(' | ');
  return { ok: false, why };
}

/**
 * Both reports once, from a project file, in a process that does nothing else (the CLI's
 * `report P.duckdb`), so its peak resident memory is the reports'; the import that makes the
 * project runs in a child of its own first. The reason when it fails.
 */
export function reportsInChild(xlsxFile: string, log: (s: string) => void): { reportXlsxAndPdfS: number | null; reportPeakRssMb?: number; reportsGap?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'twinlens-bench-reports-'));
  try {
    const project = join(dir, 'p.duckdb');
    const imported = child('import-child.ts', [project, xlsxFile]);
    const r = imported.ok ? child('reports-child.ts', [project]) : imported;
    if (!r.ok) {
      log(`    reports failed: ${r.why}`);
      return { reportXlsxAndPdfS: null, reportsGap: `writing both reports of the whole programme failed in a child process: ${r.why.slice(0, 400)}` };
    }
    log(`    reports ${r.value.seconds.toFixed(2)} s for both, peak RSS ${r.value.maxRssMb.toFixed(0)} MB`);
    return { reportXlsxAndPdfS: Math.round(r.value.seconds * 1000) / 1000, reportPeakRssMb: Math.round(r.value.maxRssMb) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
