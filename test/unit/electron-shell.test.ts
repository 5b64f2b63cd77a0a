import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMain, MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { answerCall, registerIpc } from '../../src-main/electron/ipc.js';
import { type MenuActions, buildMenuTemplate } from '../../src-main/electron/menu-template.js';
import { APP_INDEX_URL } from '../../src-main/electron/policy/app-origin.js';
import { PathGrants } from '../../src-main/electron/policy/path-grants.js';
import { MAX_RECENT, parseRecentProjects, readRecentProjects, withRecent, withoutRecent, writeRecentProjects } from '../../src-main/electron/recent-projects.js';
import { API_METHODS, type ApiHandlers, ok } from '../../src-main/shared/api-contract.js';
import { IPC_CHANNELS } from '../../src-main/shared/ipc-channels.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';

describe('recent projects file', () => {
  test('keeps absolute .duckdb paths only, deduplicated and capped', () => {
    const many = Array.from({ length: 15 }, (_, i) => `/p/${i}.duckdb`);
    expect(parseRecentProjects({ version: 1, projects: ['/a/x.duckdb', 'rel/y.duckdb', '/a/x.duckdb', '/etc/passwd', 7, null, '/b/\0.duckdb', '/B/Z.DUCKDB'] })).toEqual(['/a/x.duckdb', '/B/Z.DUCKDB']);
    expect(parseRecentProjects({ version: 1, projects: many })).toHaveLength(MAX_RECENT);
    for (const bad of [null, [], 'x', { version: 2, projects: ['/a.duckdb'] }, { version: 1, projects: '/a.duckdb' }, { version: 1 }]) {
      expect(parseRecentProjects(bad), JSON.stringify(bad)).toEqual([]);
    }
  });

  test('round-trips through its JSON file; a damaged or missing file reads as empty', () => {
    const dir = tempDir();
    const file = join(dir, 'settings', 'recent-projects.json');
    expect(readRecentProjects(file)).toEqual([]);
    writeRecentProjects(file, ['/a/one.duckdb', '/b/two.duckdb']);
    expect(readRecentProjects(file)).toEqual(['/a/one.duckdb', '/b/two.duckdb']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, projects: ['/a/one.duckdb', '/b/two.duckdb'] });
    expect(readdirSync(join(dir, 'settings'))).toEqual(['recent-projects.json']);
    writeFileSync(file, '{"version":1,"projects":["/a/one.duck');
    expect(readRecentProjects(file)).toEqual([]);
  });

  test('the opened project moves to the front; a removed one leaves', () => {
    expect(withRecent(['/a.duckdb', '/b.duckdb', '/c.duckdb'], '/c.duckdb')).toEqual(['/c.duckdb', '/a.duckdb', '/b.duckdb']);
    expect(withoutRecent(['/a.duckdb', '/b.duckdb'], '/a.duckdb')).toEqual(['/b.duckdb']);
  });
});

describe('application menu', () => {
  function recorder() {
    const calls: string[] = [];
    const actions: MenuActions = {
      newProject: () => calls.push('new'),
      openProject: () => calls.push('open'),
      openRecent: (p) => calls.push(`recent ${p}`),
      clearRecent: () => calls.push('clear'),
      importSpreadsheets: () => calls.push('import'),
      exportExcel: () => calls.push('xlsx'),
      exportPdf: () => calls.push('pdf'),
      exportIati: () => calls.push('iati'),
      about: () => calls.push('about'),
    };
    return { calls, actions };
  }
  const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
  const byLabel = (template: MenuItemConstructorOptions[], label: string) => items(template).find((i) => i.label === label);
  const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

  test('File offers New, Open, Open Recent, Import and the three exports, each wired to its action', () => {
    const { calls, actions } = recorder();
    const template = buildMenuTemplate({ recent: ['/home/u/a.duckdb', '/home/u/b.duckdb'], platform: 'linux', devTools: false }, actions);
    for (const label of ['New Project…', 'Open Project…', 'Import Spreadsheets…', 'Export Excel Report…', 'Export PDF Report…', 'Export IATI XML…', 'a.duckdb', 'b.duckdb', 'Clear Recent', 'About Twinlens']) {
      click(byLabel(template, label));
    }
    expect(calls).toEqual(['new', 'open', 'import', 'xlsx', 'pdf', 'iati', 'recent /home/u/a.duckdb', 'recent /home/u/b.duckdb', 'clear', 'about']);
    expect(byLabel(template, 'Open Project…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(items(template).some((i) => i.role === 'quit')).toBe(true);
    expect(items(template).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  test('an empty recent list says so; macOS gets its app menu; dev tools in development only', () => {
    const { actions } = recorder();
    const template = buildMenuTemplate({ recent: [], platform: 'darwin', devTools: true }, actions);
    expect(byLabel(template, 'No recent projects')?.enabled).toBe(false);
    expect(template[0]?.role).toBe('appMenu');
    expect(items(template).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(items(template).some((i) => i.role === 'close')).toBe(true);
  });
});

describe('IPC registration', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
    const ipcMain = { handle: (c: string, h: never) => handlers.set(c, h), on: (c: string, l: never) => listeners.set(c, l) } as unknown as IpcMain;
    return { ipcMain, handlers, listeners };
  }
  const seen: unknown[] = [];
  const handlers = Object.fromEntries(
    API_METHODS.map((m) => [
      m,
      async (arg: unknown) => {
        seen.push([m, arg]);
        return ok(m);
      },
    ]),
  ) as unknown as ApiHandlers;
  const top = { senderFrame: { url: APP_INDEX_URL, parent: null } };

  test('one invoke channel: trusted frames reach checked handlers, others are refused', async () => {
    const { ipcMain, handlers: registered } = fakeIpcMain();
    registerIpc(ipcMain, handlers, new PathGrants());
    expect([...registered.keys()]).toEqual([IPC_CHANNELS.invoke]);
    const invoke = registered.get(IPC_CHANNELS.invoke)!;
    seen.length = 0;
    expect(await invoke(top, 'indicators/compute', { theme: ['Circular economy'] })).toEqual({ ok: true, value: 'indicators/compute' });
    expect(await invoke({ senderFrame: { url: APP_INDEX_URL, parent: {} } }, 'indicators/compute', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'indicators/compute', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke({ senderFrame: null }, 'indicators/compute', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke(top, 'project/delete', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await invoke(top, 'indicators/compute', { sql: 'DROP TABLE x' })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(seen).toEqual([['indicators/compute', { theme: ['Circular economy'] }]]);
  });

  test('import/files reads only files the page got from the user (dropped or picked)', async () => {
    const { ipcMain, handlers: registered, listeners } = fakeIpcMain();
    const grants = new PathGrants();
    registerIpc(ipcMain, handlers, grants);
    const invoke = registered.get(IPC_CHANNELS.invoke)!;
    const grant = listeners.get(IPC_CHANNELS.grantPath)!;
    const sample = join(REPO, 'sample-data/iuc-programme.xlsx');
    seen.length = 0;
    expect(await invoke(top, 'import/files', { paths: [sample] })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('was not picked or dropped by you') } });
    grant({ senderFrame: { url: 'https://evil.example/', parent: null } }, sample);
    expect(await invoke(top, 'import/files', { paths: [sample] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    grant(top, sample);
    expect(await invoke(top, 'import/files', { paths: [sample] })).toEqual({ ok: true, value: 'import/files' });
    expect(await answerCall(handlers, grants, 'import/files', { paths: [sample, '/etc/passwd.csv'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(seen).toEqual([['import/files', { paths: [sample] }]]);
  });
});

describe('Electron stays out of tests', () => {
  // require('electron') outside Electron returns a path or downloads the binary: the policy
  // modules and what the tests import may use its types only.
  test('policy modules, the menu, recent projects, the project manager and IPC import no Electron value', () => {
    const dir = join(REPO, 'src-main/electron');
    const files = [...readdirSync(join(dir, 'policy')).map((f) => join(dir, 'policy', f)), ...['menu-template.ts', 'recent-projects.ts', 'project-manager.ts', 'ipc.ts'].map((f) => join(dir, f))];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'electron'/m);
      expect(text, file).not.toMatch(/require\(\s*'electron'\s*\)/);
    }
  });
});
