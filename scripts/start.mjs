// npm start: the Electron app when Electron's binary is installed, else the same app in the
// browser through the loopback host. `npm run serve` (--serve) always takes the browser path.
// Extra arguments go to the app (for the host: data files and --port N).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const serveOnly = args.includes('--serve');
const appArgs = args.filter((a) => a !== '--serve');

const SOURCES = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'scripts/lib/sql-assets-plugin.ts', 'package.json'];
const OUTPUTS = ['out/main/index.js', 'out/main/host.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/**
 * The Electron executable, or null when npm skipped its download. Found the way the
 * electron package finds it (path.txt + dist/), without require('electron'): that call
 * starts downloading the binary when it is missing.
 */
function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const name = readFileSync(pathFile, 'utf8').trim();
    const exe = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name) : join(dir, 'dist', name);
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfStale() {
  const built = OUTPUTS.map((p) => statSync(join(ROOT, p), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  const sources = Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))));
  if (Math.min(...built) >= sources) return;
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const { status } = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = serveOnly ? null : electronBinary();
if (electron) {
  buildIfStale();
  run(electron, ['.', ...appArgs]); // "." runs package.json "main": out/main/index.js
} else {
  if (!serveOnly) console.log("Electron's binary is not installed here; serving Twinlens in your browser instead:");
  buildIfStale();
  run(process.execPath, [join(ROOT, 'out/main/host.js'), ...appArgs]);
}
