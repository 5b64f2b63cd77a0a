/**
 * An import as a real child process (`twinlens import`), killed on cue, and what a project
 * file holds afterwards: shared by the crash tests (test/integration/crash-safety.test.ts,
 * test/hardening/).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from '../../src-main/core/store/project.js';
import { REPO } from './cli.js';

const TABLES = ['entities', 'pairings', 'members', 'themes', 'stakeholders', 'activities'] as const;

/** What a project holds: per table its row count and an order-free hash of its rows; the import history. */
export async function fingerprint(path: string): Promise<Record<string, unknown>> {
  const project = await Project.open(path);
  try {
    return await project.withConnection(async (c) => {
      const out: Record<string, unknown> = {};
      for (const t of TABLES) {
        const r = (await c.runAndReadAll(`SELECT count(*)::INTEGER AS n, coalesce(sum(hash(x))::VARCHAR, '0') AS h FROM ${t} x`)).getRowObjectsJS()[0]!;
        out[t] = `${Number(r.n)} rows, hash ${String(r.h)}`;
      }
      const history = await c.runAndReadAll(
        'SELECT i.import_id, f.file_name, f.sha256 FROM imports i LEFT JOIN import_files f USING (import_id) ORDER BY i.import_id, f.file_index',
      );
      out.history = history.getRowObjectsJS().map((r) => `${Number(r.import_id)}:${String(r.file_name)}:${String(r.sha256).slice(0, 12)}`);
      return out;
    });
  } finally {
    project.close();
  }
}

export function startImport(file: string, project: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src-main/cli/main.ts'), 'import', file, '--project', project, '--json'], {
    cwd: REPO,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

export const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

const size = (path: string) => (existsSync(path) ? statSync(path).size : -1);

/**
 * When to kill: after a delay, or on what the files show of the write (DuckDB commits
 * through `P.wal`, then checkpoints it into `P`). Polls every millisecond or so.
 */
export type Trigger = { after: number } | { event: 'wal-appears' | 'wal-written' | 'checkpointing'; delay?: number };

/**
 * Kills the child when `trigger` fires. `walAtKill` is the WAL's size then (-1: none);
 * `writing` says the import was writing the project at that moment: a WAL, or a project file
 * whose size changed (a commit larger than DuckDB's checkpoint threshold skips the WAL and
 * writes the file itself; large inserts write their blocks there before the commit).
 */
export async function killWhen(child: ChildProcess, project: string, trigger: Trigger): Promise<{ walAtKill: number; writing: boolean }> {
  const wal = `${project}.wal`;
  const dbSize = size(project);
  let lastWal = -1;
  const due = (elapsed: number): boolean => {
    if ('after' in trigger) return elapsed >= trigger.after;
    const w = size(wal);
    const seen = lastWal;
    lastWal = w;
    if (trigger.event === 'wal-appears') return w > 0;
    if (trigger.event === 'wal-written') return w > 0 && w === seen; // stopped growing: the commit is on disk
    return size(project) !== dbSize; // the checkpoint is writing into the file
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) return { walAtKill: -1, writing: false };
    if (due(Date.now() - started)) {
      if ('event' in trigger && trigger.delay) await new Promise((r) => setTimeout(r, trigger.delay));
      if (child.exitCode !== null || child.signalCode !== null) return { walAtKill: -1, writing: false };
      const walAtKill = size(wal);
      const writing = walAtKill > 0 || size(project) !== dbSize;
      child.kill('SIGKILL');
      return { walAtKill, writing };
    }
    await new Promise((r) => setTimeout(r, 1));
  }
}


/**
 * Whether the newest import's provenance describes the tables as they are: per table, the
 * rows it recorded equal the rows there. A mix of old and new data breaks this even where
 * row counts happen to match one of the two datasets.
 */
export async function provenanceMismatches(path: string): Promise<string[]> {
  const project = await Project.open(path);
  try {
    return await project.withConnection(async (c) => {
      const recorded = new Map<string, number>();
      const rows = await c.runAndReadAll(
        'SELECT table_name, sum(row_count)::BIGINT AS n FROM import_rows WHERE import_id = (SELECT max(import_id) FROM imports) GROUP BY table_name',
      );
      for (const r of rows.getRowObjectsJS()) recorded.set(String(r.table_name), Number(r.n));
      const mismatches: string[] = [];
      for (const t of TABLES) {
        const actual = Number((await c.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM ${t}`)).getRowObjectsJS()[0]!.n);
        if ((recorded.get(t) ?? 0) !== actual) mismatches.push(`${t}: provenance says ${recorded.get(t) ?? 0}, table holds ${actual}`);
      }
      return mismatches;
    });
  } finally {
    project.close();
  }
}
