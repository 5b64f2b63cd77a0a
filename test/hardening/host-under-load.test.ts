/**
 * Issue 6, load and reach of the browser host: the real host (startHost) with the real
 * handlers answers 50 concurrent indicator requests, each with its own filters, while an
 * import replaces the dataset of the very project it serves; every answer equals the
 * indicators computed directly on the old or on the new dataset (never a mix), and a
 * trivial request answers during the load. The host refuses what test/integration/
 * host.test.ts does not already cover: requests from outside loopback, a token in the
 * API's query string, an `Origin: null`, mismatched Host and Origin spellings.
 */
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateProgramme } from '../../bench/generate.js';
import { createHandlers, openFilesProject } from '../../src-main/core/api.js';
import { writeProgrammeWorkbook } from '../../src-main/core/export/programme-workbook.js';
import { computeDashboardIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import { type RunningHost, startHost } from '../../src-main/host/server.js';
import { PROGRAMME_REGIONS, THEME_CATALOGUE } from '../../src-main/shared/domain.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';
import { REPO } from '../helpers/cli.js';
import { type RequestOptions, hostRequest } from '../helpers/host-request.js';
import { tempDir } from '../helpers/programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const dir = tempDir('twinlens-load-');
const big = join(dir, 'big.xlsx');
let project: Project;
let host: RunningHost;

const call = (path: string, options: RequestOptions = {}) => hostRequest(host.port, path, options);

const compute = (filters: Filters, headers: Record<string, string> = {}) =>
  call('/api/indicators/compute', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
    body: JSON.stringify(filters),
  });

/** 50 different scopes: themes, regions, programmes, statuses and date ranges, alone and combined. */
function fiftyFilters(): Filters[] {
  const out: Filters[] = [{}];
  for (const theme of THEME_CATALOGUE) out.push({ theme: [theme] });
  for (const region of PROGRAMME_REGIONS) out.push({ region: [region] });
  for (const programme of ['IUC', 'IURC']) out.push({ programme: [programme] });
  for (const status of ['active', 'completed']) out.push({ status: [status] });
  const seen = new Set(out.map((f) => JSON.stringify(f)));
  for (let i = 0; out.length < 50; i++) {
    const f: Filters = { from: `${2016 + (i % 8)}-01-01`, to: `${2018 + (i % 8)}-06-30`, region: [PROGRAMME_REGIONS[i % PROGRAMME_REGIONS.length]!] };
    if (i % 2) f.theme = [THEME_CATALOGUE[(i * 5) % THEME_CATALOGUE.length]!];
    if (!seen.has(JSON.stringify(f))) {
      seen.add(JSON.stringify(f));
      out.push(f);
    }
  }
  return out;
}

beforeAll(async () => {
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Twinlens</title>');
  await writeProgrammeWorkbook(big, generateProgramme(3_000, 30_000, 5));
  project = await openFilesProject([SAMPLE]);
  host = await startHost({ rendererDir: renderer, handlers: createHandlers(project) });
}, 120_000);
afterAll(async () => {
  await host.close();
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the browser host under load', () => {
  test('50 concurrent indicator requests during an import of the same project: each answer is the old or the new dataset\'s, exactly', { timeout: 240_000 }, async () => {
    const filters = fiftyFilters();
    expect(new Set(filters.map((f) => JSON.stringify(f))).size).toBe(50);
    // What the dashboard asks for: the indicators without the network (DashboardIndicators).
    const direct = (p: Project) => Promise.all(filters.map((f) => p.withConnection((c) => computeDashboardIndicators(c, f))));
    const expectedOld = await direct(project);
    const other = await openFilesProject([big]);
    const expectedNew = await direct(other);
    other.close();

    let importDone = 0;
    const started = performance.now();
    const importing = project.importFiles([big]).then((outcome) => {
      importDone = performance.now() - started;
      return outcome;
    });
    // Give the import a head start into its reading, then load the host.
    await new Promise((r) => setTimeout(r, 200));
    const answeredAt: number[] = [];
    const replies = filters.map((f, i) =>
      compute(f).then((reply) => {
        answeredAt[i] = performance.now() - started;
        return reply;
      }),
    );
    const trivialSent = performance.now() - started;
    const trivial = await call('/index.html');
    const trivialAt = performance.now() - started;
    const all = await Promise.all(replies);
    const outcome = await importing;
    expect(outcome.ok, JSON.stringify(outcome.report.errors.slice(0, 3))).toBe(true);

    const which = all.map((reply, i) => {
      expect(reply.status, reply.body.slice(0, 200)).toBe(200);
      const value = (JSON.parse(reply.body) as { ok: true; value: Indicators }).value;
      const isOld = JSON.stringify(value) === JSON.stringify(expectedOld[i]);
      const isNew = JSON.stringify(value) === JSON.stringify(expectedNew[i]);
      expect(isOld || isNew, `request ${i} ${JSON.stringify(filters[i])} matches neither dataset`).toBe(true);
      return isOld ? 'old' : 'new';
    });
    expect(trivial.status).toBe(200);
    expect(trivial.body).toContain('<title>Twinlens</title>');
    const duringImport = answeredAt.filter((t) => t < importDone).length;
    console.log(
      `host load: import ${Math.round(importDone)} ms; 50 requests answered by ${Math.round(Math.max(...answeredAt))} ms, ` +
        `${duringImport} while the import ran; ${which.filter((w) => w === 'old').length} old / ${which.filter((w) => w === 'new').length} new; ` +
        `trivial request sent at ${Math.round(trivialSent)} ms, answered at ${Math.round(trivialAt)} ms`,
    );
    // The load really overlapped the import, and the host answered while it ran.
    expect(duringImport).toBeGreaterThan(0);
    expect(trivialAt).toBeLessThan(importDone);
    // Once the import is done, every scope answers from the new dataset.
    const afterwards = await Promise.all(filters.map((f) => compute(f)));
    afterwards.forEach((reply, i) => expect(JSON.parse(reply.body)).toEqual({ ok: true, value: expectedNew[i] }));
  });
});

describe('the browser host lets in only this machine\'s user, through the front door', () => {
  const addresses = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal).map((a) => a!.address);
  test.skipIf(addresses.length === 0)(`it listens on loopback only: the machine's other addresses refuse the connection${addresses.length === 0 ? ' (skipped: this machine has no address but loopback)' : ` (${addresses.join(', ')})`}`, async () => {
    for (const address of addresses) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: host.port, timeout: 3000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('timeout', () => {
          socket.destroy();
          resolve('timeout');
        });
        socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  test('the token is taken from the Authorization header or the cookie only, never from the API\'s address', async () => {
    const reply = await call(`/api/indicators/compute?token=${host.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(403);
    const wrongCookie = await call('/api/indicators/compute', { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: `token=${host.token.slice(1)}x` }, body: '{}' });
    expect(wrongCookie.status).toBe(403);
  });

  test.each([
    ['Origin: null (a sandboxed frame, a file:// page)', { Origin: 'null' }],
    ['an Origin naming localhost while Host names 127.0.0.1', { Origin: 'http://localhost:PORT' }],
    ['an https Origin of this host', { Origin: 'https://127.0.0.1:PORT' }],
    ['a cross-site fetch carrying the right token', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses %s', async (_what, headers) => {
    const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(host.port))]));
    const reply = await compute({}, h);
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('"ok":true');
  });

  test.each([
    ['no port', '127.0.0.1'],
    ['another port', '127.0.0.1:1'],
    ['a name ending in localhost', 'localhost.evil.example:PORT'],
    ['an IPv6 loopback it does not listen on', '[::1]:PORT'],
    ['a trailing dot', '127.0.0.1.:PORT'],
  ])('refuses a Host with %s', async (_what, value) => {
    const reply = await compute({}, { Host: value.replace('PORT', String(host.port)) });
    expect(reply.status).toBe(403);
  });

  test('API answers are JSON a browser will not sniff into a page', async () => {
    const reply = await compute({ theme: ['<img src=x onerror=alert(1)>'] });
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    const notFound = await call('/%3Cimg%20src=x%20onerror=alert(1)%3E');
    expect(notFound.status).toBe(404);
    expect(notFound.headers['content-type']).toMatch(/^text\/plain/);
    expect(notFound.body).not.toContain('<img');
  });
});
