/**
 * Issue 6, faults of the disk: a full disk, a read-only project file, a read-only disk
 * and unwritable export paths each give a clear error and lose nothing. The full and
 * read-only disks are small tmpfs mounts (root only; skipped, saying so, where mounting
 * is not allowed); the read-only file is tested as an ordinary user would meet it, by
 * running the command line as `nobody` when the tests run as root (root ignores modes).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateProgramme } from '../../bench/generate.js';
import { writeProgrammeWorkbook } from '../../src-main/core/export/programme-workbook.js';
import { storageProblem } from '../../src-main/core/store/storage-problem.js';
import { REPO, runCli } from '../helpers/cli.js';
import { fingerprint } from '../helpers/import-process.js';
import { tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

const work = tempDir('twinlens-disk-');
const disk = join(work, 'disk');
const roDisk = join(work, 'ro-disk');
mkdirSync(disk);
mkdirSync(roDisk);

function mount(target: string, sizeKb: number): string | null {
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', target], { encoding: 'utf8' });
  return run.status === 0 ? null : (run.stderr || run.error?.message || `exit ${run.status}`).trim();
}
const unmount = (target: string) => spawnSync('umount', ['-l', target]);

// Room for the sample project (8.3 MB with results) and the generated programme's import, until filled.
// The read-only disk holds a copy of the sample's project (8.3 MB with its results tables, schema 4).
const mountRefused = mount(disk, 32 * 1024) ?? mount(roDisk, 16 * 1024);
const skipReason = mountRefused === null ? '' : `: skipped, a tmpfs cannot be mounted here (${mountRefused})`;

/** Runs `work` with `dir`'s file system full but for `leave` bytes; empties it after. */
async function whileFull<T>(dir: string, work: () => T | Promise<T>, leave = 96 * 1024): Promise<T> {
  const stats = statfsSync(dir);
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(Math.max(0, stats.bavail * stats.bsize - leave)));
  try {
    return await work();
  } finally {
    rmSync(filler, { force: true });
  }
}
const emptyDisk = () => {
  for (const f of readdirSync(disk)) rmSync(join(disk, f), { force: true });
};

/** The command line, as `nobody` when we are root (so file modes apply), in `cwd`. */
function cliAsUser(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src-main/cli/main.ts'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
    ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: run.status, stderr: run.stderr, error: run.error };
}

const pristine = join(work, 'pristine.duckdb');
const bigWorkbook = join(work, 'big.xlsx');
const bigTables = generateProgramme(2_000, 20_000, 11);
let before: Record<string, unknown>;

beforeAll(async () => {
  expect(runCli(['import', SAMPLE, '--project', pristine]).code).toBe(0);
  before = await fingerprint(pristine);
  await writeProgrammeWorkbook(bigWorkbook, bigTables);
}, 120_000);
afterAll(() => {
  unmount(disk);
  unmount(roDisk);
  rmSync(work, { recursive: true, force: true });
});

describe(`a full disk${skipReason}`, () => {
  test.skipIf(mountRefused !== null)('an import into an existing project fails clearly, the project is unchanged, and succeeds once there is room', async () => {
    emptyDisk();
    const project = join(disk, 'project.duckdb');
    copyFileSync(pristine, project);
    const hash = sha256(project);

    const run = await whileFull(disk, () => runCli(['import', bigWorkbook, '--project', project]));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/the disk holding .*project\.duckdb is full \(.*No space left on device.*\): free some space and try again\. Nothing was imported; the project is as it was\./);
    expect(run.stderr).not.toMatch(/rollback|--debug|    at /);
    expect(sha256(project)).toBe(hash);

    // Room again: the old dataset is all there, and the same import now succeeds.
    expect(await fingerprint(project)).toEqual(before);
    const retry = runCli(['import', bigWorkbook, '--project', project]);
    expect(retry.code, retry.stderr).toBe(0);
    expect(((await fingerprint(project)).pairings as string).startsWith('2000 rows')).toBe(true);
  });

  test.skipIf(mountRefused !== null)('an import into a new project fails clearly and leaves no file at all', async () => {
    emptyDisk();
    const run = await whileFull(disk, () => runCli(['import', bigWorkbook, '--project', join(disk, 'new.duckdb')]));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/is full .*Nothing was imported; no project file was created\./);
    expect(readdirSync(disk)).toEqual([]);
  });

  test.skipIf(mountRefused !== null)('an export fails, leaves no partial file, and the previous export stays whole', async () => {
    emptyDisk();
    const out = join(disk, 'export.xlsx');
    copyFileSync(SAMPLE, out);
    const hash = sha256(out);
    const failure = await whileFull(disk, () => writeProgrammeWorkbook(out, bigTables).then(() => null, (e: unknown) => e as NodeJS.ErrnoException));
    expect(failure?.code).toBe('ENOSPC');
    expect(storageProblem(failure, out)).toMatch(/is full/);
    expect(sha256(out)).toBe(hash);
    expect(readdirSync(disk)).toEqual(['export.xlsx']);
  });
});

describe(`a read-only disk${skipReason}`, () => {
  test.skipIf(mountRefused !== null)('an import and an export fail clearly and change nothing', async () => {
    const project = join(roDisk, 'project.duckdb');
    copyFileSync(pristine, project);
    const hash = sha256(project);
    expect(spawnSync('mount', ['-o', 'remount,ro', roDisk]).status).toBe(0);
    const run = runCli(['import', SAMPLE, '--project', project]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/project\.duckdb is on a read-only disk .*Nothing was imported; the project is as it was\./);
    expect(sha256(project)).toBe(hash);
    const failure = await writeProgrammeWorkbook(join(roDisk, 'export.xlsx'), bigTables).then(() => null, (e: unknown) => e as NodeJS.ErrnoException);
    expect(failure?.code).toBe('EROFS');
    expect(readdirSync(roDisk)).toEqual(['project.duckdb']);
  });
});

describe('a read-only project file', () => {
  test('an import fails clearly, the file is unchanged and nothing is left beside it', () => {
    const folder = join(work, 'own-folder');
    mkdirSync(folder);
    const project = join(folder, 'project.duckdb');
    copyFileSync(pristine, project);
    if (isRoot) {
      chownSync(work, NOBODY, NOBODY);
      chownSync(folder, NOBODY, NOBODY);
      chownSync(project, NOBODY, NOBODY);
    }
    chmodSync(project, 0o444);
    const hash = sha256(project);
    const run = cliAsUser(['import', SAMPLE, '--project', project]);
    expect(run.error).toBeUndefined();
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/project\.duckdb cannot be written: you are not allowed to change it \(.*Permission denied.*\)\. Check the file's permissions.*Nothing was imported; the project is as it was\./);
    expect(sha256(project)).toBe(hash);
    expect(readdirSync(folder)).toEqual(['project.duckdb']);
  });
});

describe('exports to unwritable paths fail cleanly and leave nothing', () => {
  test.each([
    ['a folder that does not exist', () => join(work, 'no-such-folder', 'out.xlsx'), 'ENOENT'],
    ['a path that is a folder', () => { const d = join(work, 'a-folder.xlsx'); mkdirSync(d, { recursive: true }); return d; }, 'EISDIR'],
  ])('%s', async (_what, target, code) => {
    const path = target();
    const listing = (p: string) => (existsSync(p) ? readdirSync(p) : []);
    const parent = join(path, '..');
    const beforeList = listing(parent);
    const failure = await writeProgrammeWorkbook(path, bigTables).then(() => null, (e: unknown) => e as NodeJS.ErrnoException);
    expect(failure?.code).toBe(code);
    expect(listing(parent)).toEqual(beforeList);
  });

  test.skipIf(!isRoot)('a folder the user may not write to (as nobody)', () => {
    const folder = join(work, 'root-only');
    mkdirSync(folder, { mode: 0o755 });
    chownSync(folder, 0, 0);
    const script = `import { writeProgrammeWorkbook } from '${join(REPO, 'src-main/core/export/programme-workbook.ts')}';
      await writeProgrammeWorkbook(${JSON.stringify(join(folder, 'out.xlsx'))}, { entities: [], pairings: [], members: [], themes: [], stakeholders: [], activities: [] })
        .then(() => console.log('written'), (e) => console.log(e.code));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8', uid: NOBODY, gid: NOBODY });
    expect(run.stdout.trim(), run.stderr).toBe('EACCES');
    expect(readdirSync(folder)).toEqual([]);
  });
});
