import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { sdgTargetsModule } from '../../scripts/build-sdg-targets.js';
import { SDG_TARGETS } from '../../src-main/shared/sdg-targets.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('src-main/shared/sdg-targets.ts is generated from docs/sdg-targets.csv, which is the spec\'s', () => {
  expect(read('src-main/shared/sdg-targets.ts')).toBe(sdgTargetsModule(read('docs/sdg-targets.csv')));
  expect(SDG_TARGETS).toHaveLength(169);
  expect(SDG_TARGETS.find((t) => t.target === '11.3')?.goal).toBe(11);
  expect(SDG_TARGETS.find((t) => t.target === '17.19')?.title).toMatch(/^By 2030, build on existing initiatives/);
});
