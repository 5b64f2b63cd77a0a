/**
 * Issue 6, in a real browser: Chromium (Debian's, driven by Playwright) opens the real
 * renderer through the real host over a project whose imported names are HTML and script.
 * Nothing in them runs, and the page's Content-Security-Policy refuses what a script on
 * the page would need to leak data: reading local files, and reaching any other server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers, openFilesProject } from '../../src-main/core/api.js';
import type { Project } from '../../src-main/core/store/project.js';
import { type RunningHost, startHost } from '../../src-main/host/server.js';
import { REPO } from '../helpers/cli.js';
import { tempDir, writeWorkbook } from '../helpers/programme.js';

// The page's globals, as far as these tests use them (this project type-checks tests without the DOM library).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const location: { port: string };
declare const Image: any;

const RENDERER = join(REPO, 'out/renderer');
const CHROMIUM = '/usr/bin/chromium';
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  "'><iframe src=javascript:window.__xss=4>",
];

const dir = tempDir('twinlens-browser-');
let project: Project;
let host: RunningHost;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    // CI builds first (.ci/run); from a fresh clone the test builds what it serves.
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(build.status, build.stderr).toBe(0);
  }
  const file = join(dir, 'markup.xlsx');
  await writeWorkbook(file, {
    Entities: [['entity_id', 'name', 'country', 'region'], ['E1', PAYLOADS[0], 'NL', PAYLOADS[3]], ['E2', PAYLOADS[1], 'IN', null]],
    Pairings: [['pairing_id', 'title', 'programme', 'start_date'], ['P1', PAYLOADS[2], PAYLOADS[0], new Date('2019-03-01T00:00:00Z')]],
    Members: [['pairing_id', 'entity_id'], ['P1', 'E1'], ['P1', 'E2']],
    Themes: [['pairing_id', 'theme'], ['P1', PAYLOADS[1]]],
    Stakeholders: [['pairing_id', 'organisation', 'helix', 'participants'], ['P1', PAYLOADS[2], 'government', 3]],
    'Result indicators': [['indicator_id', 'pairing_id', 'entity_id', 'level', 'title', 'unit', 'baseline', 'framework_ref'], ['I1', 'P1', 'E1', 'output', PAYLOADS[0], PAYLOADS[3], 0, PAYLOADS[1]]],
    'Result values': [['indicator_id', 'period_start', 'period_end', 'target', 'actual', 'comment'], ['I1', new Date('2019-01-01T00:00:00Z'), new Date('2019-12-31T00:00:00Z'), 10, 9, PAYLOADS[2]]],
    Outcomes: [
      ['outcome_id', 'pairing_id', 'entity_id', 'date', 'description', 'change_type', 'contribution', 'evidence'],
      ['O1', 'P1', 'E1', new Date('2020-03-01T00:00:00Z'), PAYLOADS[2], 'policy', PAYLOADS[0], PAYLOADS[3]],
    ],
  });
  project = await openFilesProject([file]);
  host = await startHost({ rendererDir: RENDERER, handlers: createHandlers(project) });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto(host.url);
  await page.waitForFunction(() => document.querySelector('[data-figure="pairings"] .figure-value')?.textContent === '1', null, { timeout: 20_000 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await host?.close();
  project?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the renderer in Chromium, served by the host', () => {
  test('the dashboard shows the imported programme (the test reaches the real page)', async () => {
    expect(page.url()).toBe(`http://127.0.0.1:${host.port}/`);
    expect(await page.textContent('[data-figure="entities"] .figure-value')).toBe('2');
    await page.screenshot({ path: process.env.TWINLENS_SCREENSHOT ?? join(dir, 'markup.png') });
  });

  test('imported text that looks like HTML or script runs nothing and adds no element', async () => {
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.locator('img, svg[onload], iframe, script:not([src])').count()).toBe(0);
    // Where a payload is shown (the placeholder shows figures only; the dashboard will show
    // names), it is shown as its own characters.
    const text: string = await page.evaluate(() => document.body.innerText);
    const html: string = await page.evaluate(() => document.body.innerHTML);
    for (const payload of PAYLOADS) {
      if (text.includes(payload)) expect(html).not.toContain(payload);
    }
  });

  test('every view, its tables and its chart tooltips show the names as their own characters and run nothing', async () => {
    for (const view of ['Themes', 'Stakeholders', 'Regions', 'Results', 'Outcomes', 'Pairings', 'Data', 'Overview']) {
      await page.getByRole('tab', { name: view }).click();
      await page.waitForTimeout(400);
      // Sweep the pointer over every chart so ECharts opens its (HTML) tooltips on the names.
      for (const canvas of await page.locator('[data-chart] canvas').all()) {
        const box = await canvas.boundingBox();
        if (!box) continue;
        for (const fx of [0.3, 0.5, 0.7]) {
          for (const fy of [0.2, 0.4, 0.6, 0.8]) {
            await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
            await page.waitForTimeout(30);
          }
        }
      }
      expect(await page.evaluate(() => window.__xss), view).toBeUndefined();
      expect(await page.locator('img, svg[onload], iframe, script:not([src])').count(), view).toBe(0);
    }
    expect(dialogs).toEqual([]);
    // The results tables show the indicator's title and the outcome's description as their own characters.
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.locator('[data-table="result-tracking"]').getByText(PAYLOADS[0]!, { exact: true }).first().waitFor({ timeout: 10_000 });
    await page.getByRole('tab', { name: 'Outcomes' }).click();
    await page.locator('[data-table="outcome-explorer"]').getByText(PAYLOADS[2]!, { exact: true }).first().waitFor({ timeout: 10_000 });
    expect(await page.locator('img, svg[onload], iframe, script:not([src])').count()).toBe(0);
    // The Pairings table lists the pairing by its title, written out character for character.
    await page.getByRole('tab', { name: 'Pairings' }).click();
    await page.locator('[data-table]').getByText(PAYLOADS[2]!, { exact: true }).first().waitFor({ timeout: 10_000 });
  });

  test('the page cannot read local files: fetch(\'file:///etc/passwd\') is refused', async () => {
    const result = await page.evaluate(() => fetch('file:///etc/passwd').then((r) => r.text().then((t) => `read ${t.length}`), (e: Error) => `refused: ${e.name}`));
    expect(result).toMatch(/^refused/);
  });

  test('the page cannot reach another server: the Content-Security-Policy refuses it before any network', async () => {
    const result = await page.evaluate(async () => {
      const violations = new Set<string>();
      // The header's policy and the page's <meta> copy each report: count distinct refusals.
      document.addEventListener('securitypolicyviolation', (e: { violatedDirective: string; blockedURI: string }) => violations.add(`${e.violatedDirective} ${e.blockedURI}`));
      const outcomes: string[] = [];
      for (const url of ['https://example.org/steal?x=1', 'http://192.0.2.1:8080/', `http://localhost:${Number(location.port) + 1}/`]) {
        outcomes.push(await fetch(url, { mode: 'no-cors' }).then(() => `${url} reached`, () => `${url} refused`));
      }
      const image = await new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('image loaded');
        img.onerror = () => resolve('image refused');
        img.src = 'https://example.org/pixel.png';
      });
      await new Promise((r) => setTimeout(r, 100));
      return { outcomes, image, violations: [...violations] };
    });
    expect(result.outcomes.every((o) => o.endsWith('refused')), JSON.stringify(result)).toBe(true);
    expect(result.image).toBe('image refused');
    // Refused by the policy itself, not by this machine having no network.
    expect(result.violations.filter((v) => v.startsWith('connect-src')).length, JSON.stringify(result)).toBe(3);
    expect(result.violations.some((v) => v.startsWith('img-src'))).toBe(true);
  });

  test('a page of the host cannot be framed; inline script is refused, eval not allowed', async () => {
    const reply = await page.request.get(`http://127.0.0.1:${host.port}/`);
    expect(reply.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(reply.headers()['x-frame-options']).toBe('DENY');
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      return window.__inline ?? null;
    });
    expect(ran).toBeNull();
    // (eval cannot be tried from here: DevTools evaluation is exempt from the page's policy.)
    expect(/script-src[^;]*unsafe-(eval|inline)/.test(reply.headers()['content-security-policy'] ?? '')).toBe(false);
  });

  test('a path that looks like markup comes back as plain text', async () => {
    const response = await page.goto(`http://127.0.0.1:${host.port}/%3Cimg%20src=x%20onerror=alert(1)%3E`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-type']).toMatch(/^text\/plain/);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
