// Finds Electron's executable the way the electron package does (path.txt + dist/), without
// require('electron'): that call starts downloading the binary when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The executable's path, or null with the reason it is absent. */
export function findElectronBinary() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { path: null, reason: `Electron's binary was not downloaded (${pathFile} is missing; installed with ELECTRON_SKIP_BINARY_DOWNLOAD?)` };
  const name = readFileSync(pathFile, 'utf8').trim();
  const exe = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name) : join(dir, 'dist', name);
  return existsSync(exe) ? { path: exe, reason: null } : { path: null, reason: `Electron's binary is missing at ${exe}` };
}
