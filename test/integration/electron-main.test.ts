import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/shared/content-security-policy.js';
import { ensureBuilt } from '../helpers/built-app.js';
import { REPO, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FLAT = join(REPO, 'sample-data/iuc-pairings.csv');
const FAKE = join(REPO, 'test/helpers/fake-electron');

beforeAll(() => ensureBuilt(), 180_000);

/**
 * The built Electron main process (out/main/index.js) started under Node with a stand-in for
 * the `electron` module (Electron's binary cannot run here): startup order, the session's
 * policies as wired, the app:// scheme, IPC into the real core worker, menu events, downloads
 * and quitting. The journey in the real window is test/e2e/electron.
 */
describe('the Electron main process, wired', () => {
  test('starts on the sample, answers IPC from the core worker, refuses what it must, and cleans up on quit', { timeout: 120_000 }, () => {
    const userData = tempDir('twinlens-user-');
    const run = spawnSync(process.execPath, ['--import', join(FAKE, 'register.mjs'), join(FAKE, 'drive-main.mjs'), join(REPO, 'out/main/index.js')], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 110_000,
      env: { ...process.env, TWINLENS_USER_DATA: userData, FAKE_ELECTRON_APP_PATH: REPO, FAKE_ELECTRON_IMPORT: FLAT },
    });
    expect(run.stderr.replace(/.*nodedir.*\n/g, '')).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);

    expect(report.sandbox).toBe(true);
    expect(report.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(report.url).toBe('app://twinlens/index.html');
    expect(report.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: join(REPO, 'out/preload/index.cjs') });
    expect(report.titles).toEqual(['Twinlens — IUC sample programme']);
    expect(report.guards).toEqual({ navigation: true, redirect: true, webview: true, windowOpen: { action: 'deny' } });

    expect(report.index).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, type: 'text/html; charset=utf-8', body: '<!doctype html>' });
    expect([report.outside, report.missing, report.post]).toEqual([404, 404, 405]);
    expect(report.fileRequest).toEqual({ cancel: true });
    expect(report.appRequest).toEqual({ cancel: false });
    expect(report.headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(report.geolocation).toBe(false);

    expect(report.channels).toEqual(['twinlens:invoke']);
    expect(report.info).toMatchObject({ ok: true, value: { path: null, files: [{ name: 'iuc-programme.xlsx' }] } });
    // The dashboard's indicators: the CLI's without the network, which the Network view gets with its graph.
    const { network: _graph, ...dashboard } = JSON.parse(runCli(['indicators', SAMPLE, '--json', '--theme', 'Circular economy']).stdout) as Record<string, unknown>;
    expect(report.compute).toEqual({ ok: true, value: dashboard });
    expect(report.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.badArgument).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(report.ungranted).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.granted).toMatchObject({ ok: true, value: { ok: true, files: ['iuc-pairings.csv'] } });

    const events = report.sent.filter(([channel]: [string]) => channel === 'twinlens:event').map(([, event]: [string, unknown]) => event);
    expect(events).toContainEqual({ type: 'project-changed' });
    expect(events).toContainEqual({ type: 'menu', command: 'export-xlsx' });
    expect(events).toContainEqual({ type: 'menu', command: 'import' });
    expect(events.some((e: { type: string; task?: string }) => e.type === 'progress' && e.task === 'import')).toBe(true);

    expect(report.downloads.foreign).toEqual({ prevented: true, options: null });
    expect(report.downloads.file).toEqual({ prevented: true, options: null });
    expect(report.downloads.blob).toMatchObject({ prevented: false, options: { title: 'Save export', defaultPath: expect.stringMatching(/report\.pdf$/) } });

    expect(report.scratchExistedBeforeQuit).toBe(true);
    expect(report.scratchRemovedOnQuit).toBe(true);
    expect(report.recent).toBeNull();
  });
});
