import { defineConfig } from 'vitest/config';

/** `npm run test:hardening`: hostile files, random inputs, faults and load (issue 6); slower than `npm test`. */
export default defineConfig({
  test: {
    include: ['test/hardening/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
