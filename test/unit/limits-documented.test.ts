/** The limits are stated in three places; this keeps SECURITY.md and docs/limits.md true to the code. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LIMITS, formatBytes } from '../../src-main/core/import/limits.js';
import { REPO } from '../helpers/cli.js';

const shown = (key: string, value: number) => (/Bytes$/.test(key) ? formatBytes(value) : value.toLocaleString('en'));

describe.each(['SECURITY.md', 'docs/limits.md'])('%s', (page) => {
  const text = readFileSync(`${REPO}${page}`, 'utf8');
  test.each(Object.entries(LIMITS))('states %s as in limits.ts', (key, value) => {
    const row = text.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
    expect(row, `${page} has no row for ${key}`).toBeDefined();
    expect(row!.split('|')[2]!.trim()).toBe(shown(key, value));
  });
});
