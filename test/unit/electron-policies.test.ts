import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN, isAppBlobUrl, isAppUrl } from '../../src-main/electron/policy/app-origin.js';
import { contentTypeOf, resolveAppAsset } from '../../src-main/electron/policy/app-assets.js';
import { isDownloadAllowed, safeFileName, saveDialogOptions } from '../../src-main/electron/policy/downloads.js';
import { isTrustedSender } from '../../src-main/electron/policy/ipc-sender.js';
import { denyWindowOpen, refuseNavigation, refuseWebview } from '../../src-main/electron/policy/navigation.js';
import { PathGrants } from '../../src-main/electron/policy/path-grants.js';
import { isPermissionAllowed, permissionCheckHandler, permissionRequestHandler } from '../../src-main/electron/policy/permissions.js';
import { isRequestAllowed, requestFilterListener } from '../../src-main/electron/policy/requests.js';
import { securityHeadersListener, withSecurityHeaders } from '../../src-main/electron/policy/security-headers.js';
import { type SecureWindowOptions, createSecureWindow } from '../../src-main/electron/policy/web-preferences.js';
import { CONTENT_SECURITY_POLICY } from '../../src-main/shared/content-security-policy.js';

/** Electron's events, reduced to what the policies touch. */
function fakeEvent() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

const FOREIGN = [
  'https://example.com/',
  'http://127.0.0.1:8080/api/indicators/compute',
  'file:///etc/passwd',
  'file:///work/out/renderer/index.html',
  'ws://localhost:9229/',
  'app://evil/index.html',
  'app://twinlens.evil.example/index.html',
  'app://user:pw@twinlens/index.html',
  'app://twinlens:8080/index.html',
  'javascript:alert(1)',
  'chrome://settings',
  'blob:https://example.com/1234',
  'blob:file:///1234',
  'not a url',
  '',
];

describe('app origin', () => {
  test('only app://twinlens/ addresses are the app', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/index-abc.js?x=1#y`)).toBe(true);
    expect(isAppUrl(APP_ORIGIN)).toBe(true);
    for (const url of FOREIGN) expect(isAppUrl(url), url).toBe(false);
  });
  test('only blobs of the app page are app blobs', () => {
    expect(isAppBlobUrl('blob:app://twinlens/9b6e-44')).toBe(true);
    for (const url of FOREIGN) expect(isAppBlobUrl(url), url).toBe(false);
  });
});

describe('navigation, new windows and webviews', () => {
  test('every navigation and redirect is refused', () => {
    for (const url of [APP_INDEX_URL, ...FOREIGN]) {
      const event = fakeEvent();
      refuseNavigation(event);
      expect(event.prevented, url).toBe(true);
    }
  });
  test('window.open, target=_blank and middle click open nothing', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
  test('no <webview> attaches', () => {
    const event = fakeEvent();
    refuseWebview(event);
    expect(event.prevented).toBe(true);
  });
});

describe('permissions', () => {
  const ALL = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'display-capture', 'hid', 'serial', 'usb', 'storage-access', 'window-management', 'unknown'];
  test('every permission request is refused, from our page or any other', () => {
    for (const permission of ALL) {
      for (const requestingUrl of [APP_INDEX_URL, 'https://example.com/']) {
        let granted: boolean | undefined;
        permissionRequestHandler(null, permission, (g) => (granted = g), { requestingUrl });
        expect(granted, `${permission} from ${requestingUrl}`).toBe(false);
        expect(permissionCheckHandler(null, permission, new URL(requestingUrl).origin)).toBe(false);
      }
    }
  });
  test('writing the clipboard (copy a table) is allowed to our page only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_INDEX_URL)).toBe(true);
    expect(permissionCheckHandler(null, 'clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    for (const url of FOREIGN) expect(isPermissionAllowed('clipboard-sanitized-write', url), url).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});

describe('requests', () => {
  test('the app loads its own assets, its blobs and data: images', () => {
    for (const url of [APP_INDEX_URL, `${APP_ORIGIN}/assets/a.js`, 'blob:app://twinlens/1-2-3', 'data:image/png;base64,AAAA']) {
      expect(isRequestAllowed(url), url).toBe(true);
    }
  });
  test('remote content and file:// are refused', () => {
    for (const url of FOREIGN) {
      let response: { cancel: boolean } | undefined;
      requestFilterListener({ url }, (r) => (response = r));
      expect(response, url).toEqual({ cancel: true });
    }
  });
});

describe('security headers', () => {
  test('every response carries our CSP, whatever it brought', () => {
    const headers = withSecurityHeaders({ 'content-security-policy': "default-src *", 'Content-Type': 'text/html', 'X-Custom': ['a', 'b'] });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'X-Custom': ['a', 'b'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
    });
    let out: Record<string, string[]> | undefined;
    securityHeadersListener({}, (r) => (out = r.responseHeaders));
    expect(out?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
  test('the policy allows scripts from the app only, no objects, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('IPC senders', () => {
  test("only the app page's top frame may call", () => {
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: { url: APP_INDEX_URL } })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    for (const url of FOREIGN) expect(isTrustedSender({ url, parent: null }), url).toBe(false);
  });
});

describe('downloads', () => {
  test("only our page's export blobs download", () => {
    expect(isDownloadAllowed('blob:app://twinlens/4f1c')).toBe(true);
    for (const url of [...FOREIGN, APP_INDEX_URL, 'data:text/plain,hi']) expect(isDownloadAllowed(url), url).toBe(false);
  });
  test('the save dialog offers a safe name in the downloads folder with a matching filter', () => {
    expect(saveDialogOptions('Twinlens report.pdf', '/home/u/Downloads')).toEqual({
      title: 'Save export',
      defaultPath: join('/home/u/Downloads', 'Twinlens report.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }, { name: 'All files', extensions: ['*'] }],
    });
    expect(saveDialogOptions('../../.bashrc', '/d').defaultPath).toBe(join('/d', '.bashrc'));
    expect(safeFileName('..\\..\\evil.xlsx')).toBe('evil.xlsx');
    expect(safeFileName('a\u0000b\nc:d.csv')).toBe('a_b_c_d.csv');
    expect(safeFileName('..')).toBe('Twinlens export');
    expect(saveDialogOptions('x.exe', '/d').filters).toEqual([{ name: 'All files', extensions: ['*'] }]);
    expect(saveDialogOptions('twinlens-iati-activities.xml', '/d').filters[0]).toEqual({ name: 'IATI activity XML', extensions: ['xml'] });
  });
});

describe('app:// assets', () => {
  const root = resolve('/srv/renderer');
  test('resolve inside the renderer folder', () => {
    expect(resolveAppAsset(root, APP_INDEX_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, `${APP_ORIGIN}/`)).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, `${APP_ORIGIN}/assets/index-a1.js?v=2`)).toBe(join(root, 'assets/index-a1.js'));
    expect(resolveAppAsset(root, `${APP_ORIGIN}/assets/a%20b.css`)).toBe(join(root, 'assets/a b.css'));
  });
  test('nothing outside it, nor of another host', () => {
    // The URL parser already folds plain dot segments into the root.
    expect(resolveAppAsset(root, `${APP_ORIGIN}/../../etc/passwd`)).toBe(join(root, 'etc/passwd'));
    expect(resolveAppAsset(root, `${APP_ORIGIN}/assets/%2e%2e/%2e%2e/etc/passwd`)).toBe(join(root, 'etc/passwd'));
    for (const url of [
      `${APP_ORIGIN}/..%2f..%2fetc/passwd`,
      `${APP_ORIGIN}/a%5c..%5c..%5cx`,
      `${APP_ORIGIN}/index.html%00.png`,
      `${APP_ORIGIN}/%E0%A4%A`,
      'app://other/index.html',
      'file:///srv/renderer/index.html',
      'nonsense',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });
  test('content types', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/x.bin')).toBe('application/octet-stream');
  });
});

describe('path grants', () => {
  test('imports may read only what the user handed over', () => {
    const grants = new PathGrants();
    grants.grant('/home/u/data/iuc.xlsx');
    grants.grant('');
    grants.grant('/x\0y.csv');
    expect(grants.isGranted('/home/u/data/iuc.xlsx')).toBe(true);
    expect(grants.isGranted('/home/u/data/../data/iuc.xlsx')).toBe(true);
    expect(grants.firstUngranted(['/home/u/data/iuc.xlsx', '/etc/shadow.csv'])).toBe('/etc/shadow.csv');
    expect(grants.firstUngranted(['/home/u/data/iuc.xlsx'])).toBeNull();
    expect(grants.isGranted('')).toBe(false);
  });
});

describe('the window', () => {
  test('isolated, sandboxed, no Node, web security on, no auxclick, hidden until drawn', () => {
    class FakeWindow {
      constructor(readonly options: SecureWindowOptions) {}
    }
    const { options } = createSecureWindow(FakeWindow, '/p/index.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual({
      preload: '/p/index.cjs',
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
    });
  });
});
