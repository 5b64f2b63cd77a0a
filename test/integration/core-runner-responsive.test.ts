import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { programmeWorkbook } from '../../bench/generate.js';
import { CoreRunner, scratchProjectPath } from '../../src-main/runner/core-runner.js';
import { REPO } from '../helpers/cli.js';

/**
 * A long import runs in the worker: the main thread (Electron's main process, the browser
 * host's HTTP server) stays free the whole time. Shown on a generated M-scale programme
 * (10k pairings, 100k stakeholders) by a timer that keeps firing and by the main thread's
 * event-loop utilisation, which an in-process import drives close to 1.
 */
describe('the core runner under a long import', () => {
  test('keeps the main thread free while a 100k-stakeholder workbook imports', { timeout: 300_000 }, async () => {
    const workbook = await programmeWorkbook('M');
    const runner = new CoreRunner();
    let ticks = 0;
    let progressEvents = 0;
    runner.onEvent(() => progressEvents++);
    try {
      const timer = setInterval(() => ticks++, 5);
      const before = performance.eventLoopUtilization();
      const opened = await runner.open({ kind: 'scratch', path: scratchProjectPath(), files: [workbook] });
      const busy = performance.eventLoopUtilization(before);
      clearInterval(timer);

      expect(opened.ok).toBe(true);
      const summary = await runner.call('indicators/compute', {});
      expect(summary).toMatchObject({ ok: true, value: { summary: { pairings: 10_000 } } });
      expect(progressEvents).toBeGreaterThan(1);
      expect(ticks).toBeGreaterThan(10);
      console.log(`M import in the worker: ${(busy.idle + busy.active).toFixed(0)} ms, main-thread event-loop utilisation ${busy.utilization.toFixed(3)}, ${ticks} timer ticks`);
      expect(busy.utilization).toBeLessThan(0.5);
    } finally {
      await runner.close();
    }
  });

  test('a worker that runs out of heap ends alone: the call fails clearly and the project is reopened', { timeout: 300_000 }, async () => {
    const workbook = await programmeWorkbook('M');
    const crashes: Error[] = [];
    // A heap far too small for this import stands in for a hostile workbook.
    const runner = new CoreRunner({ resourceLimits: { maxOldGenerationSizeMb: 64 }, onCrash: (e) => crashes.push(e) });
    try {
      expect((await runner.open({ kind: 'scratch', path: scratchProjectPath(), files: [join(REPO, 'sample-data/iuc-programme.xlsx')] })).ok).toBe(true);
      const before = await runner.call('indicators/compute', {});
      const failed = await runner.call('import/files', { paths: [workbook] });
      expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/stopped unexpectedly while running "import\/files".*memory/i) } });
      expect(crashes.map((e) => (e as NodeJS.ErrnoException).code)).toEqual(['ERR_WORKER_OUT_OF_MEMORY']);
      expect(await runner.call('indicators/compute', {})).toEqual(before);
    } finally {
      await runner.close();
    }
  });
});
