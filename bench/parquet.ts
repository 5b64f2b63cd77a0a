/**
 * Parquet on its own: `npx tsx bench/parquet.ts [--scale S|M|L] [--reps N]`. Imports the
 * generated programme's CSV files (the quick import), exports them as Parquet, then times the
 * indicators from the folder against those from a project file. bench/run.ts calls
 * `measureParquet` within the full run.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Project } from '../src-main/core/store/project.js';
import { programmeFiles, SCALES, type Scale } from './generate.js';
import { measureParquet } from './lib/parquet.js';
import { log } from './lib/stats.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'M' }, reps: { type: 'string', default: '3' } } });
const scale = values.scale!.toUpperCase() as Scale;
if (!(scale in SCALES)) throw new Error(`--scale must be among ${Object.keys(SCALES).join(', ')}, not ${values.scale}`);
const files = await programmeFiles(scale, join(import.meta.dirname, 'data'), log);
const project = await Project.open();
try {
  const outcome = await project.importFiles(files.csv);
  if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.report.errors.slice(0, 3))}`);
  log(`scale ${scale}: ${SCALES[scale].pairings} pairings imported from CSV`);
  process.stdout.write(`${JSON.stringify({ scale, ...(await measureParquet(project, Number(values.reps), log)) }, null, 2)}\n`);
} finally {
  project.close();
}
