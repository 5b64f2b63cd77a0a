import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line as a separate process, exactly as `npm run cli` does. */
export function runCli(args: string[], cwd = REPO): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${REPO}src-main/cli/main.ts`, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
