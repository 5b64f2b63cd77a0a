// npm start: the Electron app when Electron's binary is installed, else the same app in the
// browser through the loopback host. `npm run serve` (--serve) always takes the browser path.
// Extra arguments go to the app (for the host: data files, --project P.duckdb, --port N).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStaleQuietly, isBuildStale } from './lib/build-if-stale.mjs';
import { findElectronBinary } from './lib/electron-binary.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const serveOnly = args.includes('--serve');
const appArgs = args.filter((a) => a !== '--serve');

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = serveOnly ? null : findElectronBinary().path;
// One line per step: building (when the sources changed), then the app's own line (the address).
if (isBuildStale()) console.log('Building Twinlens (about a minute the first time)...');
const { status, output } = buildIfStaleQuietly();
if (status !== 0) {
  process.stderr.write(output);
  console.error(`The build failed (exit ${status}); its output is above.`);
  process.exit(status);
}
if (!electron && !serveOnly) console.log("Electron's binary is not installed here, so Twinlens serves itself to your browser instead:");
if (electron) run(electron, ['.', ...appArgs]); // "." runs package.json "main": out/main/index.js
else run(process.execPath, [join(ROOT, 'out/main/host.js'), ...appArgs]);
