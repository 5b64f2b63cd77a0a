import { basename, join } from 'node:path';
import { type BrowserWindow, app, dialog } from 'electron';

const PROJECT_FILTERS = [{ name: 'Twinlens project', extensions: ['duckdb'] }];

export async function chooseProjectToOpen(window: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = { title: 'Open project', properties: ['openFile'], filters: PROJECT_FILTERS };
  const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
}

/** Where a new project goes; the dialog asks before an existing file is replaced. */
export async function chooseNewProjectPath(window: BrowserWindow | null): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'New project',
    buttonLabel: 'Create',
    defaultPath: join(app.getPath('documents'), 'Twinlens project.duckdb'),
    filters: PROJECT_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return null;
  return filePath.toLowerCase().endsWith('.duckdb') ? filePath : `${filePath}.duckdb`;
}

export async function showError(window: BrowserWindow | null, title: string, message: string): Promise<void> {
  const options: Electron.MessageBoxOptions = { type: 'error', title, message: title, detail: message };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export async function showAbout(window: BrowserWindow | null): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'About Twinlens',
    message: `Twinlens ${app.getVersion()}`,
    detail: `Analytics and reports for city-to-city cooperation programmes.\nElectron ${process.versions.electron}, Node ${process.versions.node}.\nSettings: ${basename(app.getPath('userData'))}`,
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
