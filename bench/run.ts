/**
 * npm run bench [-- --scale S|M|L[,...]] [--reps N] [--peer-reps N] [--json]
 *
 * Per scale, in the same run so that ratios are fair on a noisy machine, medians of:
 *   1. xlsx import into a project vs a bare exceljs streaming read of the same file;
 *   2. CSV import (one CSV per sheet) vs DuckDB's read_csv of the same files;
 *   3. all indicators, without and with two filters; and from a Parquet export of the dataset
 *      (export --parquet, then indicators DIR) against the same dataset as a project file;
 *      compare --by region and --by start-year, once (one indicators run per group);
 *   4. writing the Excel workbook and the PDF report (when the reports module is present);
 *   5. peak resident memory of an import, in a child process of its own;
 *   6. the pandas + openpyxl peer from the same xlsx, its results checked equal first (the
 *      descriptive indicators: it computes no results or outcomes, see PEER_LEAVES_OUT).
 * --json prints one JSON object on stdout; progress goes to stderr. --skip bare,peer,reports,rss,parquet,compare
 * leaves those parts out (their fields are then absent).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareGroups } from '../src-main/core/compare/compare.js';
import { computeIndicators } from '../src-main/core/indicators/compute.js';
import { Project } from '../src-main/core/store/project.js';
import type { Filters, Indicators } from '../src-main/shared/indicators.js';
import { programmeFiles, SCALES, type Scale } from './generate.js';
import { bareExceljsRead, duckdbReadCsv, xlsxFloor } from './lib/floors.js';
import { differences, PEER_LEAVES_OUT, runPeer, writeRegionTable } from './lib/peer.js';
import { measureParquet, type ParquetTimings } from './lib/parquet.js';
import { measureReports, reportsInChild } from './lib/reports.js';
import { log, median, timed } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'S,M,L' },
    reps: { type: 'string' },
    'peer-reps': { type: 'string' },
    json: { type: 'boolean' },
    skip: { type: 'string', default: '' },
  },
});
/** Parts left out of this run (peer, reports, rss): the slow ones, when only the imports are of interest. */
const skip = new Set(values.skip!.split(',').map((s) => s.trim()).filter(Boolean));
const scales = values.scale!.split(',').map((s) => s.trim().toUpperCase()) as Scale[];
for (const s of scales) if (!(s in SCALES)) throw new Error(`--scale must be among ${Object.keys(SCALES).join(', ')}, not ${s}`);

const TWO_FILTERS: Filters = { theme: ['Circular economy'], region: ['Europe'] };
const DATA = join(import.meta.dirname, 'data');

async function importInto(files: readonly string[]): Promise<Project> {
  const project = await Project.open();
  const outcome = await project.importFiles(files);
  if (!outcome.ok) throw new Error(`import of ${files.join(', ')} failed: ${JSON.stringify(outcome.report.errors.slice(0, 3))}`);
  return project;
}

/** One import in a child process: its peak resident memory, importing into a project file. */
function importInChild(files: readonly string[]): { seconds: number; maxRssMb: number; baselineRssMb: number } {
  const dir = mkdtempSync(join(tmpdir(), 'twinlens-bench-'));
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-child.ts'), join(dir, 'p.duckdb'), ...files], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) throw new Error(`import child failed: ${child.stderr.slice(-2000)}`);
    return JSON.parse(child.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The median of each repetition's own ratio: the two runs of a repetition follow each other,
 * so a burst of load from other processes hits both, and cancels out of their ratio.
 */
const pairedRatio = (xs: readonly number[], floors: readonly number[]) => median(xs.map((x, i) => x / floors[i]!));

const round = (x: number, places = 4) => Math.round(x * 10 ** places) / 10 ** places;

async function measureReportsOn(xlsx: string, reps: number, log: (s: string) => void) {
  const project = await importInto([xlsx]);
  try {
    return await measureReports(project, reps, true, log);
  } finally {
    project.close();
  }
}

async function benchScale(scale: Scale) {
  const { pairings, stakeholders } = SCALES[scale];
  const reps = Number(values.reps ?? (scale === 'L' ? 3 : 5));
  const peerReps = Number(values['peer-reps'] ?? (scale === 'L' ? 1 : Math.min(reps, 3)));
  log(`scale ${scale}: ${pairings} pairings, ${stakeholders} stakeholders; ${reps} repetitions`);
  // Other processes' load, as the one-minute load average (2 cores: 2 means busy): ratios hold up under it, seconds do not.
  const loadAtStart = loadavg()[0]!;
  const files = await programmeFiles(scale, DATA, log);

  const t = { floor: [] as number[], bare: [] as number[], importXlsx: [] as number[], readCsv: [] as number[], importCsv: [] as number[], indicators: [] as number[], filtered: [] as number[] };
  let ours: Indicators | null = null;
  let fromCsv: Indicators | null = null;
  let parquet: ParquetTimings | null = null;
  // compare --by (indicators.md section 7), once per scale: as many indicator runs as groups.
  const compare: { compareByRegionS?: number; compareByStartYearS?: number; compareGroups?: string } = {};
  for (let i = 0; i < reps; i++) {
    // Alternate which goes first, so neither always inherits the other's garbage.
    const floorFirst = i % 2 === 0;
    if (floorFirst && !skip.has('bare')) t.bare.push((await timed(() => bareExceljsRead(files.xlsx))).seconds);
    if (floorFirst) t.floor.push((await timed(() => xlsxFloor(files.xlsx))).seconds);
    const imported = await timed(() => importInto([files.xlsx]));
    t.importXlsx.push(imported.seconds);
    const project = imported.value;
    const all = await timed(() => project.withConnection((c) => computeIndicators(c)));
    t.indicators.push(all.seconds);
    ours = all.value;
    t.filtered.push((await timed(() => project.withConnection((c) => computeIndicators(c, TWO_FILTERS)))).seconds);
    if (i === 0 && !skip.has('compare')) {
      const byRegion = await timed(() => project.withConnection((c) => compareGroups(c, 'region')));
      const byYear = await timed(() => project.withConnection((c) => compareGroups(c, 'start-year')));
      Object.assign(compare, {
        compareByRegionS: round(byRegion.seconds),
        compareByStartYearS: round(byYear.seconds),
        compareGroups: `${byRegion.value.groups.length} regions, ${byYear.value.groups.length} start years`,
      });
    }
    project.close();
    if (!floorFirst) t.floor.push((await timed(() => xlsxFloor(files.xlsx))).seconds);
    if (!floorFirst && !skip.has('bare')) t.bare.push((await timed(() => bareExceljsRead(files.xlsx))).seconds);

    if (!floorFirst) t.readCsv.push((await timed(() => duckdbReadCsv(files.csv))).seconds);
    const csv = await timed(() => importInto(files.csv));
    t.importCsv.push(csv.seconds);
    if (i === 0) fromCsv = await csv.value.withConnection((c) => computeIndicators(c));
    if (i === 0 && !skip.has('parquet')) {
      log('  parquet: export, then indicators from the folder vs from a project file');
      parquet = await measureParquet(csv.value, reps, log);
    }
    csv.value.close();
    if (floorFirst) t.readCsv.push((await timed(() => duckdbReadCsv(files.csv))).seconds);
    log(`  rep ${i + 1}/${reps}: xlsx import ${t.importXlsx[i]!.toFixed(2)} s (floor ${t.floor[i]!.toFixed(2)} s${t.bare.length > i ? `, bare exceljs read ${t.bare[i]!.toFixed(2)} s` : ''}), CSV import ${t.importCsv[i]!.toFixed(2)} s (read_csv ${t.readCsv[i]!.toFixed(2)} s), indicators ${(t.indicators[i]! * 1000).toFixed(0)} ms / ${(t.filtered[i]! * 1000).toFixed(0)} ms filtered`);
  }
  const csvDiffers = differences(ours!, fromCsv as unknown as Record<string, unknown>).filter((d) => !d.startsWith('warnings'));
  if (csvDiffers.length > 0) throw new Error(`the CSV import gives other indicators than the xlsx import: ${csvDiffers.slice(0, 5).join('; ')}`);

  if (!skip.has('rss')) log('  peak memory: one xlsx import, one CSV import, each in a child process');
  const childXlsx = skip.has('rss') ? null : importInChild([files.xlsx]);
  const childCsv = skip.has('rss') ? null : importInChild(files.csv);

  if (!skip.has('peer')) log(`  peer: pandas + openpyxl (${peerReps}x)`);
  const regions = writeRegionTable(DATA);
  const peerTimes: number[] = [];
  for (let i = 0; i < (skip.has('peer') ? 0 : peerReps); i++) {
    const peer = runPeer(files.xlsx, regions);
    const differ = differences(ours!, peer.indicators, PEER_LEAVES_OUT);
    if (differ.length > 0) throw new Error(`the pandas peer disagrees with Twinlens at ${scale}: ${differ.slice(0, 10).join('; ')}`);
    peerTimes.push(peer.seconds);
    log(`    pandas ${peer.seconds.toFixed(2)} s, results equal`);
  }

  if (!skip.has('reports')) log('  reports: the Excel workbook and the PDF of the whole programme');
  // At L the workbook's Data sheets hold a million stakeholder rows: a child process, so a failure is a reported gap.
  const reports = skip.has('reports') ? {} : scale === 'L' ? reportsInChild(files.xlsx, log) : await measureReportsOn(files.xlsx, Math.min(reps, 3), log);

  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as Record<keyof typeof t, number>;
  const twinlensFileToIndicators = m.importXlsx + m.indicators;
  const pandas = median(peerTimes);
  return {
    pairings,
    stakeholders,
    reps,
    floorXlsxS: round(m.floor),
    importXlsxS: round(m.importXlsx),
    importXlsxVsFloor: round(pairedRatio(t.importXlsx, t.floor), 3),
    // exceljs's bare read, the bar of the first wave: 50 s a repetition at L, so --skip bare leaves it out.
    ...(t.bare.length > 0 ? { bareExceljsReadS: round(m.bare), importXlsxVsBareRead: round(pairedRatio(t.importXlsx, t.bare), 3) } : {}),
    readCsvS: round(m.readCsv),
    importCsvS: round(m.importCsv),
    importCsvVsReadCsv: round(pairedRatio(t.importCsv, t.readCsv), 3),
    indicatorsS: round(m.indicators),
    indicatorsTwoFiltersS: round(m.filtered),
    ...(parquet ?? {}),
    ...compare,
    ...reports,
    twinlensFileToIndicatorsS: round(twinlensFileToIndicators),
    ...(peerTimes.length > 0
      ? { peerPandasS: round(pandas), peerReps, peerResultsEqual: true, pandasVsTwinlens: round(pandas / twinlensFileToIndicators, 2) }
      : {}),
    ...(childXlsx && childCsv
      ? {
          peakRssMb: Math.round(childXlsx.maxRssMb),
          peakRssCsvMb: Math.round(childCsv.maxRssMb),
          processBaselineRssMb: Math.round(childXlsx.baselineRssMb),
          importXlsxToFileS: round(childXlsx.seconds),
        }
      : {}),
    loadAverage: { start: round(loadAtStart, 1), end: round(loadavg()[0]!, 1) },
  };
}

type ScaleResult = Awaited<ReturnType<typeof benchScale>>;

function missedTargets(scale: Scale, r: ScaleResult): string[] {
  const missed: string[] = [];
  const big = scale !== 'S';
  if (big && r.importXlsxVsFloor > 2) missed.push(`importXlsxVsFloor ${r.importXlsxVsFloor} > 2`);
  if (big && r.importCsvVsReadCsv > 2) missed.push(`importCsvVsReadCsv ${r.importCsvVsReadCsv} > 2`);
  if (big && r.pandasVsTwinlens !== undefined && r.pandasVsTwinlens < 5) missed.push(`pandasVsTwinlens ${r.pandasVsTwinlens} < 5`);
  if (scale === 'L' && r.indicatorsS > 0.3) missed.push(`indicators ${r.indicatorsS} s > 0.3 s`);
  if (scale === 'L' && r.parquetVsProjectFile !== undefined && r.parquetVsProjectFile > 3) missed.push(`parquetVsProjectFile ${r.parquetVsProjectFile} > 3`);
  if (scale === 'L' && r.peakRssMb !== undefined && r.peakRssMb > 1024) missed.push(`peak RSS ${r.peakRssMb} MB > 1 GB`);
  const reportPeak = 'reportPeakRssMb' in r ? Number(r.reportPeakRssMb) : NaN;
  const reportSeconds = 'reportXlsxAndPdfS' in r && typeof r.reportXlsxAndPdfS === 'number' ? r.reportXlsxAndPdfS : NaN;
  if (scale === 'L' && reportPeak > 1024) missed.push(`reportPeakRssMb ${reportPeak} > 1 GB`);
  if (scale === 'L' && reportSeconds > r.importXlsxS) missed.push(`reportXlsxAndPdfS ${reportSeconds} > importXlsxS ${r.importXlsxS} (reports no slower than the import)`);
  return missed;
}

const results: Partial<Record<Scale, ScaleResult & { missedTargets: string[] }>> = {};
for (const scale of scales) {
  const r = await benchScale(scale);
  results[scale] = { ...r, missedTargets: missedTargets(scale, r) };
}
const growth = results.M && results.L
  ? {
      rowsMtoL: 10,
      importXlsxMtoL: round(results.L.importXlsxS / results.M.importXlsxS, 2),
      importCsvMtoL: round(results.L.importCsvS / results.M.importCsvS, 2),
      indicatorsMtoL: round(results.L.indicatorsS / results.M.indicatorsS, 2),
    }
  : null;
const output = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() },
  ...results,
  ...(growth ? { growthMtoL: growth } : {}),
};

if (values.json) process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
else {
  for (const [scale, r] of Object.entries(results)) {
    console.log(`scale ${scale}:`);
    console.log(`  xlsx import ${r.importXlsxS} s vs the floor (inflate + cell scan) ${r.floorXlsxS} s: importXlsxVsFloor ${r.importXlsxVsFloor} (target <= 2)${r.bareExceljsReadS !== undefined ? `; vs bare exceljs ${r.bareExceljsReadS} s: ${r.importXlsxVsBareRead}` : ''}`);
    console.log(`  CSV import ${r.importCsvS} s vs read_csv ${r.readCsvS} s: importCsvVsReadCsv ${r.importCsvVsReadCsv} (target <= 2)`);
    console.log(`  indicators ${(r.indicatorsS * 1000).toFixed(0)} ms, with two filters ${(r.indicatorsTwoFiltersS * 1000).toFixed(0)} ms`);
    if (r.indicatorsFromParquetS !== undefined) {
      console.log(`  export --parquet ${r.exportParquetS} s (${r.parquetMb} MB); indicators from Parquet ${r.indicatorsFromParquetS} s vs from the project file ${r.indicatorsFromProjectFileS} s: parquetVsProjectFile ${r.parquetVsProjectFile} (target at L <= 3)`);
    }
    if (r.compareByRegionS !== undefined) console.log(`  compare --by region ${r.compareByRegionS} s, --by start-year ${r.compareByStartYearS} s (${r.compareGroups})`);
    // Parts left out with --skip have no fields: say nothing of them.
    if (r.pandasVsTwinlens !== undefined) console.log(`  pandas ${r.peerPandasS} s vs Twinlens file to indicators ${r.twinlensFileToIndicatorsS} s: pandasVsTwinlens ${r.pandasVsTwinlens} (target >= 5)`);
    if (r.peakRssMb !== undefined) console.log(`  peak RSS of an xlsx import ${r.peakRssMb} MB, of a CSV import ${r.peakRssCsvMb} MB`);
    if (r.missedTargets.length) console.log(`  missed: ${r.missedTargets.join('; ')}`);
  }
  if (growth) console.log(`M to L (10x rows): xlsx import x${growth.importXlsxMtoL}, CSV import x${growth.importCsvMtoL}, indicators x${growth.indicatorsMtoL}`);
}
