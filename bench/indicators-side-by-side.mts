/**
 * The indicators (computeIndicators, as the bench times them) of two checkouts over the same
 * project, alternated in one run so that both see the same load:
 *   npx tsx bench/indicators-side-by-side.mts OLD_TREE NEW_TREE PROJECT.duckdb [ROUNDS]
 * Each round runs each tree in a fresh child process (one warm-up call, then 5 timed calls
 * unfiltered and 5 with the bench's two filters) and prints the medians; the order of the
 * trees alternates between rounds. The project is only read.
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
    const s = performance.now();
    await project.withConnection((c: unknown) => computeIndicators(c, filters));
    return performance.now() - s;
  };
  await timed({});
  const all: number[] = [];
  const filtered: number[] = [];
  for (let i = 0; i < 5; i++) {
    all.push(await timed({}));
    filtered.push(await timed(twoFilters));
  }
  project.close();
  console.log(JSON.stringify({ all: median(all), filtered: median(filtered), allMin: Math.min(...all), filteredMin: Math.min(...filtered) }));
} else {
  const [oldTree, newTree, project, roundsArg] = process.argv.slice(2);
  if (!oldTree || !newTree || !project) {
    console.error('usage: npx tsx bench/indicators-side-by-side.mts OLD_TREE NEW_TREE PROJECT.duckdb [ROUNDS]');
    process.exit(2);
  }
  const rounds = Number(roundsArg ?? 4);
  const results: Record<string, { all: number[]; filtered: number[] }> = { old: { all: [], filtered: [] }, new: { all: [], filtered: [] } };
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
      results[which]!.all.push(m.all);
      results[which]!.filtered.push(m.filtered);
      console.log(`round ${r + 1} ${which}: all ${m.all.toFixed(0)} ms (min ${m.allMin.toFixed(0)}), two filters ${m.filtered.toFixed(0)} ms (min ${m.filteredMin.toFixed(0)})`);
    }
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  for (const which of ['old', 'new'] as const) {
    console.log(`${which}: median of round medians: all ${med(results[which]!.all).toFixed(0)} ms, two filters ${med(results[which]!.filtered).toFixed(0)} ms`);
  }
}
