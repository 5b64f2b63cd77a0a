/**
 * Time to write the evaluation workbook and the PDF report (issue 4: under 2 s for the
 * sample). `npx tsx bench/reports.ts [--scale S|M|L|sample] [--reps N] [--json]`; bench/run.ts
 * can call `measureReports` on a project it has already imported.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeReports } from '../src-main/core/report/write-reports.js';
import { Project } from '../src-main/core/store/project.js';
import type { Filters } from '../src-main/shared/indicators.js';

export interface ReportTimings {
  /** Median seconds to write both files in one call (what the CLI and the app do). */
  bothS: number;
  /** Median CPU seconds (user + system) of that call: on a busy machine, closer to what an idle one takes. */
  bothCpuS: number;
  xlsxS: number;
  pdfS: number;
  reps: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function measureReports(project: Project, reps = 3, filters: Filters = {}): Promise<ReportTimings> {
  const dir = tmpdir();
  const xlsx = join(dir, `twinlens-bench-${process.pid}.xlsx`);
  const pdf = join(dir, `twinlens-bench-${process.pid}.pdf`);
  const both: number[] = [];
  const bothCpu: number[] = [];
  const onlyXlsx: number[] = [];
  const onlyPdf: number[] = [];
  const time = async (options: { xlsx?: string; pdf?: string }) => {
    const t0 = performance.now();
    await writeReports(project, filters, options);
    return (performance.now() - t0) / 1000;
  };
  try {
    // One unmeasured run: fonts, ECharts and exceljs load once per process.
    await time({ xlsx, pdf });
    for (let i = 0; i < reps; i++) {
      const cpu = process.cpuUsage();
      both.push(await time({ xlsx, pdf }));
      const used = process.cpuUsage(cpu);
      bothCpu.push((used.user + used.system) / 1e6);
      onlyXlsx.push(await time({ xlsx }));
      onlyPdf.push(await time({ pdf }));
    }
  } finally {
    rmSync(xlsx, { force: true });
    rmSync(pdf, { force: true });
  }
  return { bothS: median(both), bothCpuS: median(bothCpu), xlsxS: median(onlyXlsx), pdfS: median(onlyPdf), reps };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'sample' }, reps: { type: 'string', default: '3' }, json: { type: 'boolean' } } });
  const { SCALES, programmeWorkbook } = await import('./generate.js');
  const scale = values.scale!;
  const file = scale === 'sample' ? fileURLToPath(new URL('../sample-data/iuc-programme.xlsx', import.meta.url)) : await programmeWorkbook(scale as keyof typeof SCALES);
  const project = await Project.open();
  try {
    const outcome = await project.importFiles([file]);
    if (!outcome.ok) throw new Error(`${file} did not import`);
    const t = await measureReports(project, Number(values.reps));
    if (values.json) process.stdout.write(`${JSON.stringify({ [scale]: t }, null, 2)}\n`);
    else console.log(`reports at scale ${scale}: both ${t.bothS.toFixed(2)} s wall, ${t.bothCpuS.toFixed(2)} s CPU (workbook alone ${t.xlsxS.toFixed(2)} s, PDF alone ${t.pdfS.toFixed(2)} s), median of ${t.reps}`);
  } finally {
    project.close();
  }
}
