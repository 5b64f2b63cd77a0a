import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openParquetFolders } from '../../src-main/core/export/parquet/read-parquet.js';
import { writeParquetFolder } from '../../src-main/core/export/parquet/write-parquet.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { Project } from '../../src-main/core/store/project.js';
import type { Indicators } from '../../src-main/shared/indicators.js';
import { median, timed } from './stats.js';

export interface ParquetTimings {
  /** export --parquet of the whole dataset (every table, the derived inputs, the manifest). */
  exportParquetS: number;
  parquetMb: number;
  /** Open the exported folder (no import) and compute every indicator: what `indicators DIR` does. */
  indicatorsFromParquetS: number;
  /** Open the project file and compute every indicator: what `indicators P.duckdb` does. */
  indicatorsFromProjectFileS: number;
  /** The median of each repetition's own ratio (target at L: <= 3). */
  parquetVsProjectFile: number;
}

async function indicatorsOf(open: () => Promise<Project>): Promise<Indicators> {
  const project = await open();
  try {
    return await project.withConnection((c) => computeIndicators(c));
  } finally {
    project.close();
  }
}

/**
 * Exports `project` as Parquet, saves it as a project file too, then times the indicators from
 * each, alternately, both opened from disk; the two must give the same indicators.
 */
export async function measureParquet(project: Project, reps: number, log: (s: string) => void): Promise<ParquetTimings> {
  const dir = mkdtempSync(join(tmpdir(), 'twinlens-bench-parquet-'));
  try {
    const folder = join(dir, 'parquet');
    const exported = await timed(() => writeParquetFolder(project, {}, folder));
    const file = join(dir, 'project.duckdb');
    // The same dataset and derived tables as a project file (the bench's own temp path, quoted here).
    await project.withConnection((c) => c.run(`ATTACH '${file.replaceAll("'", "''")}' AS saved; COPY FROM DATABASE memory TO saved; DETACH saved;`));
    const fromParquet: number[] = [];
    const fromFile: number[] = [];
    for (let i = 0; i < reps; i++) {
      const parquetFirst = i % 2 === 0;
      if (parquetFirst) fromParquet.push((await timed(() => indicatorsOf(() => openParquetFolders([folder])))).seconds);
      const f = await timed(() => indicatorsOf(() => Project.open(file)));
      fromFile.push(f.seconds);
      if (!parquetFirst) fromParquet.push((await timed(() => indicatorsOf(() => openParquetFolders([folder])))).seconds);
      if (i === 0) {
        const a = await indicatorsOf(() => openParquetFolders([folder]));
        if (!isDeepStrictEqual(a, f.value)) throw new Error('the indicators from the Parquet folder differ from those of the project file');
      }
      log(`    parquet rep ${i + 1}/${reps}: from Parquet ${(fromParquet[i]! * 1000).toFixed(0)} ms, from the project file ${(fromFile[i]! * 1000).toFixed(0)} ms`);
    }
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    return {
      exportParquetS: round(exported.seconds),
      parquetMb: Math.round(exported.value.bytes / 1e5) / 10,
      indicatorsFromParquetS: round(median(fromParquet)),
      indicatorsFromProjectFileS: round(median(fromFile)),
      parquetVsProjectFile: Math.round(median(fromParquet.map((p, i) => p / fromFile[i]!)) * 100) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
