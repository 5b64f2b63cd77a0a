/**
 * One import in a process of its own, so its peak resident memory is the import's:
 *   node --import tsx bench/import-child.ts PROJECT.duckdb FILE...
 * Prints {"seconds", "maxRssMb", "baselineRssMb"} on stdout.
 */
import { Project } from '../src-main/core/store/project.js';

const [projectPath, ...files] = process.argv.slice(2);
if (!projectPath || files.length === 0) throw new Error('usage: import-child.ts PROJECT.duckdb FILE...');
const baselineRssMb = process.resourceUsage().maxRSS / 1024;
const project = await Project.open(projectPath);
const t0 = performance.now();
const outcome = await project.importFiles(files);
await project.checkpoint();
const seconds = (performance.now() - t0) / 1000;
project.close();
if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.report.errors.slice(0, 3))}`);
process.stdout.write(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, baselineRssMb }));
