/**
 * npm run bench [-- --scale S|M|L] [--reps N] [--json]
 *
 * xlsx import into a project against a bare exceljs streaming read of the same file (the
 * floor of any exceljs-based import), in the same run, as a ratio of medians.
 */
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import ExcelJS from 'exceljs';
import { computeIndicators } from '../src-main/core/indicators/compute.js';
import { Project } from '../src-main/core/store/project.js';
import { SCALES, type Scale, programmeWorkbook } from './generate.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'M' }, reps: { type: 'string', default: '5' }, json: { type: 'boolean' } },
});
const scale = values.scale as Scale;
if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const reps = Number(values.reps);
const log = (s: string) => process.stderr.write(`${s}\n`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

async function bareRead(path: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const sheet of reader) for await (const row of sheet) cells += (row.values as unknown[]).length;
  return cells;
}

log(`generating scale ${scale} (${SCALES[scale].pairings} pairings, ${SCALES[scale].stakeholders} stakeholders)...`);
const file = await programmeWorkbook(scale);

const bare: number[] = [];
const imports: number[] = [];
const indicators: number[] = [];
const filtered: number[] = [];
for (let i = 0; i < reps; i++) {
  // Alternate which goes first, so neither always inherits the other's garbage.
  const importFirst = i % 2 === 1;
  if (!importFirst) bare.push(await time(() => bareRead(file)));
  const project = await Project.open();
  imports.push(await time(async () => {
    const outcome = await project.importFiles([file]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.report.errors.slice(0, 3)));
  }));
  indicators.push(await time(() => project.withConnection((c) => computeIndicators(c))));
  filtered.push(await time(() => project.withConnection((c) => computeIndicators(c, { theme: ['Circular economy'], region: ['Europe'] }))));
  project.close();
  if (importFirst) bare.push(await time(() => bareRead(file)));
  log(`  rep ${i + 1}/${reps}: bare read ${bare[i]!.toFixed(2)} s, import ${imports[i]!.toFixed(2)} s, indicators ${(indicators[i]! * 1000).toFixed(0)} ms`);
}

const result = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  [scale]: {
    bareExceljsReadS: median(bare),
    importXlsxS: median(imports),
    indicatorsS: median(indicators),
    indicatorsTwoFiltersS: median(filtered),
    importXlsxVsBareRead: median(imports) / median(bare),
    reps,
  },
};
if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const r = result[scale] as unknown as Record<string, number>;
  console.log(`scale ${scale}: import ${r.importXlsxS!.toFixed(2)} s vs bare exceljs read ${r.bareExceljsReadS!.toFixed(2)} s -> importXlsxVsBareRead ${r.importXlsxVsBareRead!.toFixed(2)} (target <= 1.3)`);
  console.log(`indicators: ${(r.indicatorsS! * 1000).toFixed(0)} ms unfiltered, ${(r.indicatorsTwoFiltersS! * 1000).toFixed(0)} ms with two filters`);
}
