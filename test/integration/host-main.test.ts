import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { callHost, ensureBuilt, startHostProcess } from '../helpers/built-app.js';
import { tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const FLAT = join(REPO, 'sample-data/iuc-pairings.csv');
const BUILT_HOST = join(REPO, 'out/main/host.js');
/** `indicators --json` as the dashboard asks for it: without the network, which the Network view gets with its graph. */
function cliIndicators(source: string, filters: string[] = []): unknown {
  const { network: _graph, ...dashboard } = JSON.parse(runCli(['indicators', source, '--json', ...filters]).stdout) as Record<string, unknown>;
  return dashboard;
}

beforeAll(() => ensureBuilt(), 180_000);

/** The browser host's entry (src-main/host/main.ts), built and from source, with the core in its worker. */
describe('the browser host process', () => {
  test('serves the sample by default from a scratch project that is removed on exit', async () => {
    const host = await startHostProcess(process.execPath, [BUILT_HOST]);
    const info = await callHost(host, 'project/info', null);
    expect(info.body).toMatchObject({ ok: true, value: { path: null, files: [{ name: 'iuc-programme.xlsx' }] } });
    const scratch = readdirSync(tmpdir()).filter((name) => name.startsWith(`twinlens-${host.child.pid}-`) && name.endsWith('.duckdb'));
    expect(scratch).toHaveLength(1);
    expect((await callHost(host, 'indicators/compute', { theme: ['Circular economy'] })).body).toEqual({
      ok: true,
      value: cliIndicators(SAMPLE, ['--theme', 'Circular economy']),
    });
    expect(await host.stop()).toBe(0);
    expect(existsSync(join(tmpdir(), scratch[0]!))).toBe(false);
  });

  test('--project creates the project, imports FILEs into it, and reopens it on the next start', async () => {
    const project = join(tempDir(), 'mine.duckdb');
    const first = await startHostProcess(process.execPath, [BUILT_HOST, '--project', project, SAMPLE]);
    expect(first.stdout()).toContain(`the project ${project}`);
    expect((await callHost(first, 'project/info', null)).body).toMatchObject({ ok: true, value: { path: project, importId: 1 } });
    const imported = await callHost(first, 'import/files', { paths: [FLAT] });
    expect(imported.body).toMatchObject({ ok: true, value: { ok: true, importId: 2 } });
    expect(await first.stop()).toBe(0);

    // From source this time (tsx): the worker starts through its tsx shim.
    const second = await startHostProcess(process.execPath, ['--import', 'tsx', join(REPO, 'src-main/host/main.ts'), '--project', project]);
    try {
      expect((await callHost(second, 'project/info', null)).body).toMatchObject({ ok: true, value: { path: project, importId: 2, files: [{ name: 'iuc-pairings.csv' }] } });
      expect((await callHost(second, 'indicators/compute', {})).body).toEqual({ ok: true, value: cliIndicators(FLAT) });
    } finally {
      await second.stop();
    }
  });

  test('a file that is not a project, or a workbook with errors, stops it with a clear message', () => {
    const notAProject = spawnSync(process.execPath, [BUILT_HOST, '--project', SAMPLE], { encoding: 'utf8' });
    expect(notAProject.status).toBe(2);
    expect(notAProject.stderr).toMatch(/iuc-programme\.xlsx could not be opened as a Twinlens project/);

    const broken = join(tempDir(), 'broken.csv');
    spawnSync('sh', ['-c', `printf 'pairing_id,city\\n' > ${broken}`]);
    const project = join(tempDir(), 'p.duckdb');
    const failed = spawnSync(process.execPath, [BUILT_HOST, '--project', project, broken], { encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/broken\.csv could not be imported/);

    const missing = spawnSync(process.execPath, [BUILT_HOST, '/no/such/file.xlsx'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('/no/such/file.xlsx does not exist');
  });
});
