/** The BrowserWindow options this module sets (a subset of Electron's). */
export interface SecureWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
  webPreferences: Record<string, unknown>;
}

/**
 * Creates the app window with the renderer locked down: isolated, sandboxed, no Node, web
 * security on, no middle-click (auxclick) opening links. The options are written out here,
 * at the `new BrowserWindow(...)`, where the security scan (electronegativity) reads them;
 * the class comes in as an argument so tests can check the options without Electron.
 */
export function createSecureWindow<W>(BrowserWindow: new (options: SecureWindowOptions) => W, preload: string): W {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Twinlens',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
}
