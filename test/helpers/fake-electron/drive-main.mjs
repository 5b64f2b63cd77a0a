// Runs the built Electron main process (argv[2], out/main/index.js) against the stand-in
// `electron` module and acts as window, menu and user; prints what it saw as one JSON object.
// Start with: node --import ./register.mjs drive-main.mjs out/main/index.js
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { recorded, app } = await import('electron');
await import(pathToFileURL(process.argv[2]).href);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition, what) {
  for (let i = 0; i < 1200; i++) {
    if (condition()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}
const preventable = () => ({ prevented: false, preventDefault() { this.prevented = true; } });
const findItem = (items, id) => {
  for (const item of items) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = findItem(item.submenu, id);
      if (found) return found;
    }
  }
  return undefined;
};

await until(() => recorded.windows[0]?.titles.length > 0, 'the first project to open');
const win = recorded.windows[0];
const report = { sandbox: recorded.sandbox, schemes: recorded.schemes, url: win.url, webPreferences: win.options.webPreferences, titles: win.titles };

const navigation = preventable();
win.webContents.emit('will-navigate', navigation, 'https://example.com/');
const redirect = preventable();
win.webContents.emit('will-redirect', redirect, 'https://example.com/');
const webview = preventable();
win.webContents.emit('will-attach-webview', webview, {}, {});
report.guards = { navigation: navigation.prevented, redirect: redirect.prevented, webview: webview.prevented, windowOpen: win.webContents.windowOpenHandler({ url: 'https://example.com/' }) };

const serve = recorded.protocolHandlers.get('app');
const index = await serve(new Request('app://twinlens/index.html'));
report.index = { status: index.status, csp: index.headers.get('content-security-policy'), type: index.headers.get('content-type'), body: (await index.text()).slice(0, 15) };
report.outside = (await serve(new Request('app://twinlens/..%2f..%2fpackage.json'))).status;
report.missing = (await serve(new Request('app://twinlens/nope.js'))).status;
report.post = (await serve(new Request('app://twinlens/index.html', { method: 'POST', body: 'x' }))).status;

let verdict;
recorded.beforeRequest({ url: 'file:///etc/passwd' }, (v) => (verdict = v));
report.fileRequest = verdict;
recorded.beforeRequest({ url: 'app://twinlens/assets/index.js' }, (v) => (verdict = v));
report.appRequest = verdict;
let headers;
recorded.headersReceived({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, (v) => (headers = v.responseHeaders));
report.headers = headers;
let granted;
recorded.permissionRequestHandler(null, 'geolocation', (g) => (granted = g), { requestingUrl: 'app://twinlens/index.html' });
report.geolocation = granted;

const invoke = recorded.ipcHandlers.get('twinlens:invoke');
const top = { senderFrame: { url: 'app://twinlens/index.html', parent: null } };
report.channels = [...recorded.ipcHandlers.keys()];
report.info = await invoke(top, 'project/info', null);
report.compute = await invoke(top, 'indicators/compute', { theme: ['Circular economy'] });
report.foreign = await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'project/info', null);
report.badArgument = await invoke(top, 'indicators/compute', { sql: 'DROP TABLE pairings' });
const file = process.env.FAKE_ELECTRON_IMPORT;
report.ungranted = await invoke(top, 'import/files', { paths: [file] });
recorded.ipcListeners.get('twinlens:grant-path')(top, file);
report.granted = await invoke(top, 'import/files', { paths: [file] });

findItem(recorded.menus.at(-1), 'export-xlsx').click();
findItem(recorded.menus.at(-1), 'import').click();
report.sent = win.webContents.sent;

const download = (url) => {
  const event = preventable();
  let options = null;
  recorded.sessionEvents.emit('will-download', event, { getURL: () => url, getFilename: () => 'report.pdf', setSaveDialogOptions: (o) => (options = o) });
  return { prevented: event.prevented, options };
};
report.downloads = { foreign: download('https://example.com/r.pdf'), file: download('file:///etc/passwd'), blob: download('blob:app://twinlens/1234') };

// The sample opens as a scratch project: a temporary file named after this process.
const scratch = join(tmpdir(), readdirSync(tmpdir()).find((n) => n.startsWith(`twinlens-${process.pid}-`) && n.endsWith('.duckdb')) ?? 'none');
report.scratchExistedBeforeQuit = existsSync(scratch);
app.quit();
await until(() => recorded.quitCalls >= 2, 'main to close the core and quit');
report.scratchRemovedOnQuit = !existsSync(scratch);
const recentFile = join(recorded.paths.userData, 'recent-projects.json');
report.recent = existsSync(recentFile) ? JSON.parse(readFileSync(recentFile, 'utf8')) : null;
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
