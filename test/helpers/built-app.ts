import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { buildIfStale } from '../../scripts/lib/build-if-stale.mjs';
import { REPO } from './cli.js';

/** Builds out/ when it is missing or older than the sources (CI builds before the tests). */
export function ensureBuilt(): void {
  const status = buildIfStale('pipe');
  if (status !== 0) throw new Error(`npm run build failed (status ${status})`);
}

export interface HostProcess {
  child: ChildProcess;
  url: string;
  port: number;
  token: string;
  stdout: () => string;
  stderr: () => string;
  stop(): Promise<number | null>;
}

/** Starts the browser host (`command args`) and waits for the line with its address. */
export function startHostProcess(command: string, args: string[]): Promise<HostProcess> {
  const child = spawn(command, args, { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/.exec(stdout);
      if (!match) return;
      clearInterval(timer);
      resolve({
        child,
        url: match[1]!,
        port: Number(match[2]),
        token: match[3]!,
        stdout: () => stdout,
        stderr: () => stderr,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`the host exited with ${code} before serving:\n${stdout}\n${stderr}`));
    });
  });
}

/** One contract call over HTTP, as the renderer makes it. */
export function callHost(host: { port: number; token: string }, method: string, arg: unknown): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(body) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(arg ?? null));
  });
}
