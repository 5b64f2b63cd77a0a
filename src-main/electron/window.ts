import { BrowserWindow, type WebContents } from 'electron';
import { APP_INDEX_URL } from './policy/app-origin.js';
import { denyWindowOpen, refuseNavigation, refuseWebview } from './policy/navigation.js';
import { createSecureWindow } from './policy/web-preferences.js';

/** For every web contents, present or future: no navigation, no redirects, no new windows, no <webview>. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', refuseWebview);
  contents.setWindowOpenHandler(denyWindowOpen);
}

export function createMainWindow(preload: string): BrowserWindow {
  const window = createSecureWindow(BrowserWindow, preload);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_INDEX_URL);
  return window;
}
