// Runs `electron-vite build` when out/ is missing or older than any source it is built from.
// Used by `npm start` / `npm run serve` and by tests that start the built app.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

const SOURCES = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'scripts/lib/sql-assets-plugin.ts', 'package.json'];
export const BUILD_OUTPUTS = ['out/main/index.js', 'out/main/host.js', 'out/main/core-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function isBuildStale() {
  const built = BUILD_OUTPUTS.map((p) => statSync(join(ROOT, p), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  const sources = Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))));
  return Math.min(...built) < sources;
}

const LOCK = join(ROOT, 'out', '.build-lock');
const LOCK_GIVE_UP_MS = 5 * 60_000;

/** Waits for the build lock (test files run in parallel and may all want a build). */
function lock() {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_GIVE_UP_MS) rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 200);
    }
  }
}

/** Builds when stale; returns the build's exit status (0 when nothing had to be done). */
export function buildIfStale(stdio = 'inherit') {
  return build(stdio).status;
}

/**
 * The same with the bundler's output kept back (`npm start` prints one line per step) and
 * handed over only when the build fails, so the reason is not lost.
 */
export function buildIfStaleQuietly() {
  const { status, run } = build('pipe');
  return { status, output: run ? `${run.stdout ?? ''}${run.stderr ?? ''}` : '' };
}

function build(stdio) {
  if (!isBuildStale()) return { status: 0, run: null };
  lock();
  try {
    if (!isBuildStale()) return { status: 0, run: null };
    const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
    const run = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio, encoding: 'utf8' });
    return { status: run.status ?? 1, run };
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
