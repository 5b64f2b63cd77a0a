import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserWindow, Menu, app, ipcMain, session } from 'electron';
import { CoreRunner } from '../runner/core-runner.js';
import type { OpenedProject } from '../runner/protocol.js';
import type { AppEvent, MenuCommand, Result } from '../shared/api-contract.js';
import { IPC_CHANNELS } from '../shared/ipc-channels.js';
import { registerAppScheme, serveAppScheme } from './app-protocol.js';
import { chooseNewProjectPath, chooseProjectToOpen, showAbout, showError } from './dialogs.js';
import { registerIpc } from './ipc.js';
import { buildMenuTemplate } from './menu-template.js';
import { PathGrants } from './policy/path-grants.js';
import { ProjectManager } from './project-manager.js';
import { secureSession } from './session-security.js';
import { createMainWindow, guardWebContents } from './window.js';

// Built layout: out/main/index.js beside out/preload/ and out/renderer/.
const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

// A separate settings folder (recent projects) for tests and side-by-side profiles.
if (process.env.TWINLENS_USER_DATA) app.setPath('userData', process.env.TWINLENS_USER_DATA);
registerAppScheme();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

async function start(): Promise<void> {
  await app.whenReady();
  secureSession(session.defaultSession);
  await serveAppScheme(session.defaultSession, RENDERER_DIR);

  let window: BrowserWindow | null = null;
  const send = (event: AppEvent) => {
    if (window && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.event, event);
  };
  const runner = new CoreRunner({ onCrash: (error) => console.error(`Twinlens: the core stopped (${error.message}); restarting it`) });
  runner.onEvent(send);
  const grants = new PathGrants();
  const projects = new ProjectManager({
    runner,
    recentFile: join(app.getPath('userData'), 'recent-projects.json'),
    sample: join(app.getAppPath(), 'sample-data', 'iuc-programme.xlsx'),
    emit: send,
    onRecentChanged: () => rebuildMenu(),
  });

  const showTitle = (project: OpenedProject | null) => {
    if (!window || window.isDestroyed()) return;
    window.setTitle(!project ? 'Twinlens' : project.scratch ? 'Twinlens — IUC sample programme' : `Twinlens — ${basename(project.path)}`);
    if (process.platform === 'darwin') window.setRepresentedFilename(project && !project.scratch ? project.path : '');
  };
  const afterOpen = async (opened: Result<OpenedProject>, what: string) => {
    if (opened.ok) showTitle(opened.value);
    else await showError(window, `Twinlens could not open ${what}`, opened.error.message);
  };
  const menuCommand = (command: MenuCommand) => () => send({ type: 'menu', command });

  function rebuildMenu(): void {
    const template = buildMenuTemplate(
      { recent: projects.recent, platform: process.platform, devTools: !app.isPackaged },
      {
        newProject: async () => {
          const path = await chooseNewProjectPath(window);
          if (path) await afterOpen(await projects.newProject(path), path);
        },
        openProject: async () => {
          const path = await chooseProjectToOpen(window);
          if (path) await afterOpen(await projects.openProject(path), path);
        },
        openRecent: async (path) => afterOpen(await projects.openProject(path), path),
        clearRecent: () => projects.clearRecent(),
        importSpreadsheets: menuCommand('import'),
        exportExcel: menuCommand('export-xlsx'),
        exportPdf: menuCommand('export-pdf'),
        exportIati: menuCommand('export-iati'),
        about: () => void showAbout(window),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  registerIpc(ipcMain, runner.handlers, grants);
  rebuildMenu();
  window = createMainWindow(PRELOAD);
  window.on('closed', () => (window = null));

  const { opened, problem } = await projects.openOnStart();
  if (problem) await showError(window, 'Twinlens could not reopen your last project', `${problem}\n\nThe IUC sample programme is shown instead.`);
  await afterOpen(opened, 'the sample programme');

  app.on('activate', () => {
    if (!window) {
      window = createMainWindow(PRELOAD);
      window.on('closed', () => (window = null));
      showTitle(projects.current);
    }
  });
  // A second launch (the single-instance lock refused it) brings this window forward.
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Close the project (DuckDB checkpoint, scratch file removed) before the process ends.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void runner.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

// One instance per user: a second one would open the same project files.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error(error);
    void showError(null, 'Twinlens could not start', error instanceof Error ? (error.stack ?? error.message) : String(error)).finally(() => app.exit(1));
  });
}
