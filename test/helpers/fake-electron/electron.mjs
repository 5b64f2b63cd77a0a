// A stand-in for the `electron` module, for running the built main process (out/main/index.js)
// under plain Node: it records what main asks of Electron and lets the driver act as the
// window, the menu and the user. Never Electron itself (which cannot run here).
import { EventEmitter } from 'node:events';

export const recorded = {
  sandbox: false,
  schemes: [],
  paths: {},
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  devicePermissionHandler: null,
  beforeRequest: null,
  headersReceived: null,
  sessionEvents: new EventEmitter(),
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  windows: [],
  menus: [],
  dialogs: [],
  quitCalls: 0,
};

class App extends EventEmitter {
  isPackaged = false;
  enableSandbox() {
    recorded.sandbox = true;
  }
  whenReady() {
    return Promise.resolve();
  }
  setPath(name, value) {
    recorded.paths[name] = value;
  }
  getPath(name) {
    return recorded.paths[name] ?? `/tmp/fake-electron-${name}`;
  }
  getAppPath() {
    return process.env.FAKE_ELECTRON_APP_PATH;
  }
  getVersion() {
    return '0.0.0-test';
  }
  requestSingleInstanceLock() {
    return true;
  }
  quit() {
    recorded.quitCalls++;
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.emit('will-quit', event);
  }
  exit(code) {
    recorded.exitCode = code;
  }
}
export const app = new App();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recorded.schemes.push(...schemes);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h) => (recorded.permissionRequestHandler = h),
    setPermissionCheckHandler: (h) => (recorded.permissionCheckHandler = h),
    setDevicePermissionHandler: (h) => (recorded.devicePermissionHandler = h),
    webRequest: {
      onBeforeRequest: (l) => (recorded.beforeRequest = l),
      onHeadersReceived: (l) => (recorded.headersReceived = l),
    },
    on: (name, l) => recorded.sessionEvents.on(name, l),
    protocol: { handle: (scheme, handler) => recorded.protocolHandlers.set(scheme, handler) },
  },
};

class WebContents extends EventEmitter {
  sent = [];
  windowOpenHandler = null;
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(h) {
    this.windowOpenHandler = h;
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return recorded.windows.filter((w) => !w.destroyed);
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.titles = [];
    this.destroyed = false;
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  setTitle(title) {
    this.titles.push(title);
  }
  setRepresentedFilename() {}
  show() {}
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => recorded.menus.push(menu.template),
};

export const ipcMain = {
  handle: (channel, handler) => recorded.ipcHandlers.set(channel, handler),
  on: (channel, listener) => recorded.ipcListeners.set(channel, listener),
};

export const dialog = {
  showMessageBox: async (...args) => {
    recorded.dialogs.push(args.at(-1));
    return { response: 0 };
  },
  showErrorBox: (title, content) => recorded.dialogs.push({ title, content }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
};

export default { app, protocol, session, BrowserWindow, Menu, ipcMain, dialog };
