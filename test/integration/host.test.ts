import { request } from 'node:http';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers, openFilesProject } from '../../src-main/core/api.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import { type RunningHost, startHost } from '../../src-main/host/server.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';

let project: Project;
let host: RunningHost;

beforeAll(async () => {
  // A stand-in renderer folder: the host's checks do not depend on what the page is.
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Twinlens</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  project = await openFilesProject([join(REPO, 'sample-data/iuc-programme.xlsx')]);
  host = await startHost({ rendererDir: renderer, handlers: createHandlers(project) });
});
afterAll(async () => {
  await host.close();
  project.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const compute = (filters: object, headers: Record<string, string> = {}) =>
  call('/api/indicators/compute', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
    body: JSON.stringify(filters),
  });

describe('the loopback host', () => {
  test('listens on loopback only and prints a URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  test('answers the contract with the core\'s numbers', async () => {
    const reply = await compute({ theme: ['Circular economy'] });
    expect(reply.status).toBe(200);
    const expected = await project.withConnection((c) => computeIndicators(c, { theme: ['Circular economy'] }));
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: expected });
  });

  test('refuses a missing or wrong token', async () => {
    const none = await call('/api/indicators/compute', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(403);
    const wrong = await compute({}, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await compute({}, { Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await compute({}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await compute({}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  test('trades the token in the address for an HttpOnly cookie that opens the API', async () => {
    const open = await call(`/?token=${host.token}`);
    expect(open.status).toBe(303);
    const cookie = String(open.headers['set-cookie']).split(';')[0]!;
    expect(String(open.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const reply = await call('/api/indicators/compute', { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
    expect(reply.status).toBe(200);
  });

  test('rejects bad arguments as values and never serves files outside the renderer', async () => {
    expect(JSON.parse((await compute({ sql: 'x' })).body)).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect((await call('/../../package.json')).status).toBe(404);
    expect((await call('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });
});
