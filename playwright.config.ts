import { defineConfig } from '@playwright/test';

/**
 * End-to-end suites. `host`: the real renderer in Debian's Chromium against the loopback
 * browser host (always runs). `electron`: the same journey through Playwright's Electron
 * launcher, which skips itself where the Electron binary is absent.
 * Run with `npm run test:e2e` (builds first: the suites drive out/).
 */
export default defineConfig({
  testDir: './test/e2e',
  outputDir: './test-results/e2e-artifacts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'host',
      testMatch: 'host/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        // The app starts in the browser's language: the journeys read English, whatever the machine's locale.
        locale: 'en-US',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
