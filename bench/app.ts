/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The dashboard's speed as a user feels it, in Debian's Chromium against the browser host:
 *  - launch: from opening the host's address to a drawn Overview (figures filled, every
 *    chart's canvas showing its first option);
 *  - filter change: from ticking a theme in the filter bar to every chart of the view
 *    redrawn with the new scope (Overview and Regions, the map included).
 * On the sample programme and on the generated scale-M programme (100k stakeholder rows).
 * Run: npm run build && npx tsx bench/app.ts [--reps N] [--json]. Targets: < 1 s, < 150 ms.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Page, chromium } from 'playwright-core';
import { programmeWorkbook } from './generate.js';

const REPO = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { reps: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } } });
const REPS = Number(values.reps);

async function startHost(file: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(REPO, 'out/main/host.js'), file, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
  return { url, child };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** True once the view's figures are ready and every chart shows the option it was last given. */
function chartsDrawn(page: Page, view: string, minCharts: number) {
  return page.waitForFunction(
    ([v, n]) => {
      const main = document.querySelector(`main[data-view="${v}"][data-ready="true"]`);
      if (!main) return false;
      const charts = [...main.querySelectorAll<HTMLElement>('.echart')];
      return charts.length >= (n as number) && charts.every((c) => c.dataset.optionVersion !== undefined && c.dataset.drawnVersion === c.dataset.optionVersion);
    },
    [view, minCharts] as const,
    { polling: 'raf', timeout: 60_000 },
  );
}

async function launch(page: Page, url: string): Promise<number> {
  const start = performance.now();
  await page.goto(url);
  await chartsDrawn(page, 'overview', 2);
  return performance.now() - start;
}

/**
 * Ticks (or unticks) `theme` and times, inside the page, the moment every chart of the view
 * has drawn its new option (the charts' own `rendered` time). Watched by a MutationObserver,
 * not by polling every frame, so the measuring adds no work of its own to the two cores the
 * page, the host and DuckDB share.
 */
async function filterChange(page: Page, view: string, minCharts: number, theme: string): Promise<{ total: number; api: number; sent: number }> {
  await page.locator('[data-filter="theme"] .filter-button').click();
  await page.getByRole('checkbox', { name: theme, exact: true }).waitFor();
  // tsx names the functions below with a helper the page lacks.
  await page.evaluate('globalThis.__name = (f) => f');
  const elapsed = await page.evaluate(
    ([name, v, n]) =>
      new Promise<{ total: number; api: number; sent: number }>((resolve, reject) => {
        const charts = () => [...(document.querySelector(`main[data-view="${v}"][data-ready="true"]`)?.querySelectorAll<HTMLElement>('.echart') ?? [])];
        const versions = () => charts().map((c) => c.dataset.optionVersion ?? '0').join(',');
        const before = versions();
        const beforeEach = charts().map((c) => c.dataset.optionVersion ?? '0');
        const waited = new Set<Element>();
        const input = [...document.querySelectorAll<HTMLInputElement>('.filter-panel input[type="checkbox"]')].find((i) => i.parentElement?.textContent?.trim() === name)!;
        const start = performance.now();
        const timer = setTimeout(() => reject(new Error(`the ${v} charts were not redrawn within 60 s`)), 60_000);
        const observer = new MutationObserver(() => {
          const all = charts();
          // Done when no card waits for its data any more, every chart whose card waited has
          // taken a new option (the map asks for its scope beside the indicators and may
          // answer last) and every chart has drawn what it was last given.
          const busy = [...document.querySelectorAll(`main[data-view="${v}"] .chart-card[aria-busy="true"]`)];
          busy.forEach((card) => waited.add(card));
          const renewed = all.every((c, i) => !waited.has(c.closest('.chart-card')!) || c.dataset.optionVersion !== beforeEach[i]);
          if (all.length < (n as number) || versions() === before || busy.length > 0 || !renewed || !all.every((c) => c.dataset.drawnVersion === c.dataset.optionVersion)) return;
          observer.disconnect();
          clearTimeout(timer);
          // The API calls of this change: when the first left, when the slowest answered.
          const calls = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime >= start) as PerformanceResourceTiming[];
          resolve({
            total: Math.max(...all.map((c) => Number(c.dataset.drawnAt))) - start,
            api: Math.max(0, ...calls.map((e) => e.responseEnd - start)),
            sent: Math.min(Infinity, ...calls.map((e) => e.startTime - start)),
          });
        });
        observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-drawn-version', 'data-ready', 'aria-busy'] });
        input.click();
      }),
    [theme, view, minCharts] as const,
  );
  await page.keyboard.press('Escape');
  return elapsed;
}

async function measure(label: string, file: string) {
  const host = await startHost(file);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const launches: number[] = [];
    const overview: Array<{ total: number; api: number; sent: number }> = [];
    const regions: Array<{ total: number; api: number; sent: number }> = [];
    for (let rep = 0; rep < REPS; rep++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      launches.push(await launch(page, host.url));
      await page.locator('[data-filter="theme"] .filter-button').click();
      const theme = (await page.locator('.filter-panel label.check span').first().textContent())!.trim();
      await page.keyboard.press('Escape');
      overview.push(await filterChange(page, 'overview', 2, theme)); // tick
      overview.push(await filterChange(page, 'overview', 2, theme)); // untick
      await page.getByRole('tab', { name: 'Regions' }).click();
      await chartsDrawn(page, 'regions', 4);
      regions.push(await filterChange(page, 'regions', 4, theme));
      regions.push(await filterChange(page, 'regions', 4, theme));
      await page.close();
    }
    return {
      label,
      launchMs: median(launches),
      overviewFilterMs: median(overview.map((o) => o.total)),
      overviewFilterApiMs: median(overview.map((o) => o.api)),
      overviewFilterSentMs: median(overview.map((o) => o.sent)),
      regionsFilterMs: median(regions.map((o) => o.total)),
      regionsFilterApiMs: median(regions.map((o) => o.api)),
      regionsFilterSentMs: median(regions.map((o) => o.sent)),
      reps: REPS,
    };
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
  }
}

const results = [
  await measure('sample (iuc-programme.xlsx)', join(REPO, 'sample-data/iuc-programme.xlsx')),
  await measure('scale M (10k pairings, 100k stakeholders)', await programmeWorkbook('M')),
];
if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  for (const r of results) {
    process.stdout.write(
      `${r.label}: launch to drawn Overview ${r.launchMs.toFixed(0)} ms (target < 1000); ` +
        `filter change to redrawn charts: Overview ${r.overviewFilterMs.toFixed(0)} ms (API asked at ${r.overviewFilterSentMs.toFixed(0)}, answered at ${r.overviewFilterApiMs.toFixed(0)}), ` +
        `Regions ${r.regionsFilterMs.toFixed(0)} ms (API ${r.regionsFilterSentMs.toFixed(0)}-${r.regionsFilterApiMs.toFixed(0)}) (target < 150); median of ${r.reps}\n`,
    );
  }
}
