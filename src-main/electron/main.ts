import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, type IpcMainInvokeEvent, app, dialog, ipcMain, session } from 'electron';
import { createHandlers, openFilesProject } from '../core/api.js';
import type { Project } from '../core/store/project.js';
import { API_METHODS, type ApiHandlers } from '../shared/api-contract.js';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy.js';
import { registerIpc } from './ipc.js';

const RENDERER_INDEX = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
const RENDERER_URL = pathToFileURL(RENDERER_INDEX).href;
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

app.enableSandbox();

// Every web contents, present or future: no navigation, no new windows, no <webview>.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

function secureSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** Only the app's own page, in its top frame, may call the contract. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    url.hash = '';
    url.search = '';
    return url.href === RENDERER_URL;
  } catch {
    return false;
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    show: false,
    title: 'Twinlens',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(RENDERER_INDEX);
  return window;
}

/** Handlers that wait for the project: the window opens while the sample is still importing. */
function deferred(ready: Promise<ApiHandlers>): ApiHandlers {
  ready.catch(() => undefined); // reported by a dialog; each call then returns the error as a value
  const call = (method: keyof ApiHandlers) => async (arg: unknown) => ((await ready)[method] as (a: unknown) => Promise<unknown>)(arg);
  return Object.fromEntries(API_METHODS.map((method) => [method, call(method)])) as ApiHandlers;
}

async function start(): Promise<void> {
  await app.whenReady();
  secureSession();
  const opening = openFilesProject([join(app.getAppPath(), 'sample-data', 'iuc-programme.xlsx')]);
  let project: Project | undefined;
  opening.then((p) => (project = p)).catch((error: unknown) => {
    dialog.showErrorBox('Twinlens could not open the sample data', error instanceof Error ? error.message : String(error));
  });
  registerIpc(ipcMain, deferred(opening.then(createHandlers)), isTrustedSender);
  createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => project?.close());
}

start().catch((error: unknown) => {
  dialog.showErrorBox('Twinlens could not start', error instanceof Error ? error.stack ?? error.message : String(error));
  app.exit(1);
});
