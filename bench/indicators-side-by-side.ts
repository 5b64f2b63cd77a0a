/**
 * The indicators (computeIndicators, as the bench times them) of two checkouts over the same
 * project, alternated in one run so that both see the same load:
 *   npx tsx bench/indicators-side-by-side.ts OLD_TREE NEW_TREE PROJECT.duckdb [ROUNDS]
 * Each round runs each tree in a fresh child process (one warm-up call, then 5 timed calls
 * unfiltered and 5 with the bench's two filters) and prints the medians of wall time and of
 * the process's CPU time (user + system, all threads): on a VM shared with other work the
 * CPU time is the steadier of the two. The order of the trees alternates between rounds.
 * The project is only read.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const child = process.env.SIDE_BY_SIDE_CHILD;
if (child) {
  const tree = child;
  const { Project } = await import(join(tree, 'src-main/core/store/project.ts'));
  const { computeIndicators } = await import(join(tree, 'src-main/core/indicators/compute.ts'));
  const project = await Project.open(process.argv[2]!);
  const twoFilters = { theme: ['Circular economy'], region: ['Europe'] };
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const timed = async (filters: object) => {
    const cpu = process.cpuUsage();
    const s = performance.now();
    await project.withConnection((c: unknown) => computeIndicators(c, filters));
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - s, cpu: (used.user + used.system) / 1000 };
  };
  await timed({});
  const all: { wall: number; cpu: number }[] = [];
  const filtered: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 5; i++) {
    all.push(await timed({}));
    filtered.push(await timed(twoFilters));
  }
  project.close();
  console.log(JSON.stringify({
    all: median(all.map((t) => t.wall)),
    filtered: median(filtered.map((t) => t.wall)),
    allCpu: median(all.map((t) => t.cpu)),
    filteredCpu: median(filtered.map((t) => t.cpu)),
  }));
} else {
  const [oldTree, newTree, project, roundsArg] = process.argv.slice(2);
  if (!oldTree || !newTree || !project) {
    console.error('usage: npx tsx bench/indicators-side-by-side.ts OLD_TREE NEW_TREE PROJECT.duckdb [ROUNDS]');
    process.exit(2);
  }
  const rounds = Number(roundsArg ?? 4);
  const results: Record<string, Record<'all' | 'filtered' | 'allCpu' | 'filteredCpu', number[]>> = {
    old: { all: [], filtered: [], allCpu: [], filteredCpu: [] },
    new: { all: [], filtered: [], allCpu: [], filteredCpu: [] },
  };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
    for (const which of order) {
      const tree = resolve(which === 'old' ? oldTree : newTree);
      const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, resolve(project)], {
        env: { ...process.env, SIDE_BY_SIDE_CHILD: tree },
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`${which}: ${run.stderr}`);
      const m = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      for (const key of ['all', 'filtered', 'allCpu', 'filteredCpu'] as const) results[which]![key].push(m[key]);
      console.log(`round ${r + 1} ${which}: all ${m.all.toFixed(0)} ms (CPU ${m.allCpu.toFixed(0)} ms), two filters ${m.filtered.toFixed(0)} ms (CPU ${m.filteredCpu.toFixed(0)} ms)`);
    }
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  for (const which of ['old', 'new'] as const) {
    const r = results[which]!;
    console.log(`${which}: median of round medians: all ${med(r.all).toFixed(0)} ms (CPU ${med(r.allCpu).toFixed(0)} ms), two filters ${med(r.filtered).toFixed(0)} ms (CPU ${med(r.filteredCpu).toFixed(0)} ms)`);
  }
}
