import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';

/** What the menu's items do; main wires them to dialogs, the core runner and the window. */
export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  importSpreadsheets(): void;
  exportExcel(): void;
  exportPdf(): void;
  exportIati(): void;
  about(): void;
}

export interface MenuState {
  recent: readonly string[];
  platform: NodeJS.Platform;
  /** Developer tools in the View menu: for unpackaged (development) runs only. */
  devTools: boolean;
}

/** The application menu as a template for `Menu.buildFromTemplate`; File's items carry ids (`Menu.getMenuItemById`). */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No recent projects', enabled: false }]
      : [
          ...state.recent.map((path): MenuItemConstructorOptions => ({ label: basename(path), sublabel: path, toolTip: path, click: () => actions.openRecent(path) })),
          { type: 'separator' },
          { label: 'Clear Recent', click: () => actions.clearRecent() },
        ];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'new-project', label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
      { id: 'open-project', label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { id: 'open-recent', label: 'Open Recent', submenu: recent },
      { type: 'separator' },
      { id: 'import', label: 'Import Spreadsheets…', accelerator: 'CmdOrCtrl+I', click: () => actions.importSpreadsheets() },
      { type: 'separator' },
      { id: 'export-xlsx', label: 'Export Excel Report…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportExcel() },
      { id: 'export-pdf', label: 'Export PDF Report…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportPdf() },
      { id: 'export-iati', label: 'Export IATI XML…', click: () => actions.exportIati() },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(state.devTools ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ label: 'About Twinlens', click: () => actions.about() }] };
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}
