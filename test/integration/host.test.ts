import { request } from 'node:http';
import { join } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers, openFilesProject } from '../../src-main/core/api.js';
import { computeDashboardIndicators, computeIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import { type RunningHost, startHost } from '../../src-main/host/server.js';
import { type AppEvent, createEventHub } from '../../src-main/shared/api-contract.js';
import { REPO } from '../helpers/cli.js';
import { type RequestOptions, hostRequest } from '../helpers/host-request.js';
import { tempDir } from '../helpers/programme.js';

let project: Project;
let host: RunningHost;
const events = createEventHub();

beforeAll(async () => {
  // A stand-in renderer folder: the host's checks do not depend on what the page is.
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Twinlens</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  project = await openFilesProject([join(REPO, 'sample-data/iuc-programme.xlsx')]);
  host = await startHost({ rendererDir: renderer, handlers: createHandlers(project, { emit: events.emit }), events });
});
afterAll(async () => {
  await host.close();
  project.close();
});

const call = (path: string, options: RequestOptions = {}) => hostRequest(host.port, path, options);

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
    const expected = await project.withConnection((c) => computeDashboardIndicators(c, { theme: ['Circular economy'] }));
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

/** Opens the event stream and collects its events until `until` sees the one it waits for. */
function collectEvents(headers: Record<string, string>, until: (e: AppEvent) => boolean): { status: Promise<number>; events: Promise<AppEvent[]> } {
  let setStatus: (n: number) => void = () => undefined;
  const status = new Promise<number>((r) => (setStatus = r));
  const events = new Promise<AppEvent[]>((resolve, reject) => {
    const seen: AppEvent[] = [];
    const req = request({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      setStatus(res.statusCode ?? 0);
      if (res.statusCode !== 200) {
        res.resume();
        return resolve(seen);
      }
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').find((l) => l.startsWith('data: '));
          if (!data) continue;
          const event = JSON.parse(data.slice(6)) as AppEvent;
          seen.push(event);
          if (until(event)) {
            req.destroy();
            resolve(seen);
          }
        }
      });
    });
    req.on('error', (error) => (seen.length > 0 ? resolve(seen) : reject(error)));
    req.end();
  });
  return { status, events };
}

describe('the host\'s event stream and uploads', () => {
  test('the event stream needs the token and its own Origin', async () => {
    expect(await collectEvents({}, () => true).status).toBe(403);
    expect(await collectEvents({ Authorization: `Bearer ${host.token}`, Origin: 'http://evil.example' }, () => true).status).toBe(403);
    const post = await call('/api/events', { method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(405);
  });

  test('an upload imports through the API and streams its progress and the project change', async () => {
    const stream = collectEvents({ Authorization: `Bearer ${host.token}` }, (e) => e.type === 'project-changed');
    expect(await stream.status).toBe(200);
    const csv = readFileSync(join(REPO, 'sample-data/iuc-pairings.csv'));
    const reply = await call('/api/import/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ files: [{ name: 'iuc-pairings.csv', base64: csv.toString('base64') }] }),
    });
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: { ok: boolean; files: string[]; errors: unknown[] } };
    expect(result.value).toMatchObject({ ok: true, files: ['iuc-pairings.csv'], errors: [] });
    const seen = await stream.events;
    const progress = seen.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((e) => e.type === 'progress' && e.task === 'import' && e.done <= e.total)).toBe(true);
    expect(seen.at(-1)).toEqual({ type: 'project-changed' });
    // The API now answers with the uploaded file's numbers.
    const flat = await openFilesProject([join(REPO, 'sample-data/iuc-pairings.csv')]);
    try {
      const expected = await flat.withConnection((c) => computeIndicators(c, {}));
      expect(JSON.parse((await compute({})).body).value.summary).toEqual(expected.summary);
    } finally {
      flat.close();
    }
  });

  test('bodies over the limit are refused before they are read; only uploads may be large', async () => {
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` };
    const tooBig = await call('/api/indicators/compute', { method: 'POST', headers: { ...headers, 'Content-Length': String(17 * 1024 * 1024) }, body: '' });
    expect(tooBig.status).toBe(413);
    const bigUpload = await call('/api/import/upload', { method: 'POST', headers: { ...headers, 'Content-Length': String(100 * 1024 * 1024) }, body: '' });
    expect(bigUpload.status).toBe(413);
    const wrongType = await call('/api/indicators/compute', { method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(415);
    const crossSite = await compute({}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const otherPort = await compute({}, { Host: `127.0.0.1:${host.port + 1}` });
    expect(otherPort.status).toBe(403);
    expect((await compute({}, { Host: `localhost:${host.port}` })).status).toBe(200);
  });

  test('a bad upload is a bad-argument value naming the field', async () => {
    const reply = await call('/api/import/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ files: [{ name: '../evil.csv', base64: '' }] }),
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-argument', message: expect.stringContaining('"name" must be a file name without folders') } });
  });
});
