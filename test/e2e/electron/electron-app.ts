import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ElectronApplication, type Page, _electron } from '@playwright/test';
import { findElectronBinary } from '../../../scripts/lib/electron-binary.mjs';
import { REPO } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/programme.js';

/** Electron's executable, or the reason the Electron suite skips (installed without its binary). */
export const ELECTRON = findElectronBinary();
export const SKIP_REASON = ELECTRON.path
  ? !existsSync(join(REPO, 'out/main/index.js'))
    ? 'out/main/index.js is missing: run `npm run build` first (npm run test:e2e does)'
    : null
  : `Electron's window cannot open here: ${ELECTRON.reason}. Install dependencies without ELECTRON_SKIP_BINARY_DOWNLOAD to run this suite.`;

export interface RunningApp {
  app: ElectronApplication;
  window: Page;
  /** Page errors and console errors (a CSP violation shows up here). */
  problems: string[];
  userData: string;
}

/** Launches the built app (package.json "main": out/main/index.js) with its own settings folder. */
export async function launchApp(userData = tempDir('twinlens-user-')): Promise<RunningApp> {
  const app = await _electron.launch({
    executablePath: ELECTRON.path!,
    args: [REPO, ...(process.env.CI ? ['--no-sandbox'] : [])],
    cwd: REPO,
    env: { ...process.env, TWINLENS_USER_DATA: userData, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const window = await app.firstWindow();
  const problems: string[] = [];
  window.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  window.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { app, window, problems, userData };
}

/** Clicks a File menu item by id, as the user would (Menu.getMenuItemById(...).click()). */
export async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item "${itemId}"`);
    item.click();
  }, id);
}

/** The next native open/save dialog answers `path` (dialogs cannot be driven by Playwright). */
export async function answerNextDialog(app: ElectronApplication, kind: 'open' | 'save', path: string): Promise<void> {
  await app.evaluate(
    ({ dialog }, { kind, path }) => {
      if (kind === 'open') {
        const original = dialog.showOpenDialog;
        dialog.showOpenDialog = (async () => {
          dialog.showOpenDialog = original;
          return { canceled: false, filePaths: [path] };
        }) as typeof dialog.showOpenDialog;
      } else {
        const original = dialog.showSaveDialog;
        dialog.showSaveDialog = (async () => {
          dialog.showSaveDialog = original;
          return { canceled: false, filePath: path };
        }) as typeof dialog.showSaveDialog;
      }
    },
    { kind, path },
  );
}
