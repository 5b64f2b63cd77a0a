import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from '../helpers/cli.js';

/**
 * Layers import downwards only (ARCHITECTURE.md): shared <- core <- electron / host / cli,
 * and the renderer sees nothing of main but shared. Checked on every import specifier.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const RULES: Array<{ folder: string; forbidden: RegExp; why: string }> = [
  { folder: 'src-main/core', forbidden: /^(electron|react|react-dom)$|\/(electron|host|cli|preload)\//, why: 'the core knows nothing of Electron, the host or the CLI' },
  { folder: 'src-renderer', forbidden: /src-main\/(?!shared\/)|^(electron|node:.*|@duckdb\/.*|exceljs)$/, why: 'the renderer sees only shared' },
  { folder: 'src-main/cli', forbidden: /^electron$|\/(electron|host)\//, why: 'the CLI runs without Electron' },
  { folder: 'src-main/runner', forbidden: /^electron$|\/(electron|host|cli|preload)\//, why: 'the core runner runs without Electron (main process and browser host share it)' },
  { folder: 'src-main/host', forbidden: /^electron$|\/(electron|cli)\//, why: 'the host runs without Electron' },
];

describe.each(RULES)('$folder', ({ folder, forbidden, why }) => {
  test(why, () => {
    const offending = sources(join(REPO, folder)).flatMap((file) =>
      imports(file).filter((spec) => forbidden.test(spec)).map((spec) => `${relative(REPO, file)}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('src-main/shared', () => {
  test('shared imports nothing but itself, zod (the contract\'s schemas), @formatjs/intl (the message catalogues) and echarts for its option types only', () => {
    const root = join(REPO, 'src-main/shared');
    const offending = sources(root).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return imports(file)
        .filter((spec) => {
          if (spec === 'echarts') return /import\s+(?!type\s)[^;]*from\s+['"]echarts['"]/.test(text);
          if (spec === 'zod' || spec === '@formatjs/intl') return false;
          return !spec.startsWith('.') || relative(root, resolve(dirname(file), spec)).startsWith('..');
        })
        .map((spec) => `${relative(REPO, file)}: ${spec}`);
    });
    expect(offending).toEqual([]);
  });
});
