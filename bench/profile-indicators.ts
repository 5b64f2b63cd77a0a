/**
 * Where the indicators' time goes: each statement of computeIndicators over an opened scope,
 * timed alone (wall and the process's CPU, min and median of 5), with the whole call first.
 *   npx tsx bench/profile-indicators.ts PROJECT.duckdb [--filtered]
 * --filtered uses the bench's two filters (theme Circular economy, region Europe). The
 * project is opened read-write as the app opens it: do not point it at a project in use.
 */
import { computeIndicators } from '../src-main/core/indicators/compute.js';
import { networkOfOpenScope } from '../src-main/core/indicators/network.js';
import { openResultsScope } from '../src-main/core/indicators/results-scope.js';
import { closeScope, openScope } from '../src-main/core/indicators/scope.js';
import { rows } from '../src-main/core/indicators/sql-rows.js';
import { Project } from '../src-main/core/store/project.js';

const [path, flag] = process.argv.slice(2);
if (!path || (flag !== undefined && flag !== '--filtered')) {
  console.error('usage: npx tsx bench/profile-indicators.ts PROJECT.duckdb [--filtered]');
  process.exit(2);
}
const filters = flag ? { theme: ['Circular economy'], region: ['Europe'] } : {};
const DESCRIPTIVE = ['summary', 'stakeholder_coverage', 'gcom', 'delivery', 'multi_theme_share', 'member_flows', 'pairings_by_region', 'themes', 'theme_overlap', 'stakeholders_by_helix', 'gcom_by_region', 'activities_by_type'];
const RESULTS = ['results_summary', 'results_framework_totals', 'results_sdg_targets', 'outcomes_summary', 'outcomes_by_year', 'latest_import_warnings'];

const wall = new Map<string, number[]>();
const cpu = new Map<string, number[]>();
async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const c0 = process.cpuUsage();
  const s = performance.now();
  await work();
  const used = process.cpuUsage(c0);
  wall.set(label, [...(wall.get(label) ?? []), performance.now() - s]);
  cpu.set(label, [...(cpu.get(label) ?? []), (used.user + used.system) / 1000]);
}

const project = await Project.open(path);
try {
  await project.withConnection(async (c) => {
    for (let rep = 0; rep < 5; rep++) {
      await timed('computeIndicators (the whole call)', () => computeIndicators(c, filters));
      await c.run('BEGIN');
      await timed('openScope', () => openScope(c, filters));
      await timed('openResultsScope', () => openResultsScope(c, null));
      for (const name of DESCRIPTIVE) await timed(name, () => rows(c, name));
      await timed('network (components and hubs)', () => networkOfOpenScope(c));
      for (const name of RESULTS) await timed(name, () => rows(c, name));
      await closeScope(c);
      await c.run('COMMIT');
    }
  });
} finally {
  project.close();
}
const sorted = (v: number[]) => [...v].sort((a, b) => a - b);
console.log(`${'statement'.padEnd(36)} wall min / median   CPU min / median (ms)`);
for (const [label, w] of wall) {
  const [ws, cs] = [sorted(w), sorted(cpu.get(label)!)];
  console.log(`${label.padEnd(36)} ${ws[0]!.toFixed(1).padStart(7)} / ${ws[2]!.toFixed(1).padStart(7)}   ${cs[0]!.toFixed(1).padStart(7)} / ${cs[2]!.toFixed(1).padStart(7)}`);
}
