import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { REPO } from '../../helpers/cli.js';

export const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
export const FLAT_CSV = join(REPO, 'sample-data/iuc-pairings.csv');
const HOST = join(REPO, 'out/main/host.js');

export interface RunningHost {
  url: string;
  process: ChildProcess;
}

/** Starts the built browser host (node out/main/host.js) over `files` and waits for its URL. */
export async function startHost(files: string[] = [SAMPLE]): Promise<RunningHost> {
  if (!existsSync(HOST)) throw new Error('out/main/host.js is missing: run `npm run build` first (npm run test:e2e does).');
  const child = spawn(process.execPath, [HOST, ...files, '--port', '0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the host did not start within 30 s:\n${out}${err}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with ${code}:\n${out}${err}`));
    });
  });
  return { url, process: child };
}

export async function stopHost(host: RunningHost): Promise<void> {
  if (host.process.exitCode !== null) return;
  const exited = new Promise((resolve) => host.process.once('exit', resolve));
  host.process.kill('SIGTERM');
  await exited;
}

/** Each test gets a fresh host over the sample programme: imports in one test never leak into another. */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await stopHost(host);
  },
  page: async ({ page, host }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(host.url);
    await use(page);
    // A Content-Security-Policy violation or an uncaught error is a failure of every test.
    expect(problems).toEqual([]);
  },
});

export { expect };
