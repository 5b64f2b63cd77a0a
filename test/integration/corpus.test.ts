/**
 * Robustness against real-world workbooks: every file of an unrelated corpus (Apache POI's
 * test spreadsheets, fuzzer finds included) must be imported or refused cleanly, quickly,
 * and with errors a person can read. Most are not programme workbooks at all.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { type ImportOutcome, Project } from '../../src-main/core/store/project.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CORPUS = resolve(REPO, '../shared/corpus/poi-spreadsheets');
const PER_FILE_MS = 10_000;

const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => statSync(join(CORPUS, f)).isFile())
      .sort()
  : [];

const CODE = /^[a-z]+(-[a-z]+)*$/;

interface Tally {
  file: string;
  ms: number;
  result: string;
}
const tallies: Tally[] = [];

/** Rejects with the file's name when `work` has not settled after `ms`. */
function within<T>(work: Promise<T>, ms: number, file: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${file}: import did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

describe.skipIf(files.length === 0)(`corpus of real-world workbooks (${CORPUS}${files.length === 0 ? ' is absent: skipped' : ''})`, () => {
  afterAll(() => {
    if (tallies.length === 0) return;
    const byResult = new Map<string, number>();
    for (const t of tallies) byResult.set(t.result, (byResult.get(t.result) ?? 0) + 1);
    const slowest = [...tallies].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const total = tallies.reduce((s, t) => s + t.ms, 0);
    console.log(
      `corpus: ${tallies.length} files, ${(total / 1000).toFixed(1)} s of imports\n` +
        [...byResult].map(([r, n]) => `  ${r}: ${n}`).join('\n') +
        `\n  slowest: ${slowest.map((t) => `${t.file} ${t.ms} ms`).join(', ')}`,
    );
  });

  test('the corpus holds the expected workbooks', () => {
    expect(files.length).toBeGreaterThan(300);
  });

  test.each(files)('%s is imported or refused cleanly', { timeout: PER_FILE_MS + 5_000 }, async (name) => {
    const path = join(CORPUS, name);
    const started = performance.now();
    const project = await Project.open();
    let outcome: ImportOutcome;
    try {
      outcome = await within(project.importFiles([path]), PER_FILE_MS, name);
    } catch (error) {
      // A timeout leaves the import running: do not close DuckDB under it.
      if (!(error as Error).message.includes('did not finish')) project.close();
      throw error;
    }
    project.close();
    const ms = Math.round(performance.now() - started);

    const errors = outcome.report.errors;
    tallies.push({ file: name, ms, result: outcome.ok ? 'ok' : [...new Set(errors.map((e) => e.code))].sort().join('+') });

    if (outcome.ok) {
      expect(errors).toEqual([]);
      expect(outcome.unreadable).toBe(false);
      return;
    }
    expect(errors.length, `${name}: a failed import must say why`).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.file, `${name}: error ${e.code} names the file`).toBe(basename(path));
      expect(e.code, `${name}: error code`).toMatch(CODE);
      expect(e.message.length, `${name}: message "${e.message}" is too short to help`).toBeGreaterThanOrEqual(20);
      expect(e.message, `${name}: message carries a stack trace`).not.toContain('    at ');
      expect(e.message, `${name}: message leaks an internal error`).not.toMatch(/TypeError|Cannot read propert|is not a function|is not iterable/);
    }
    if (outcome.unreadable) {
      // over-limit: refused by a reading limit (Apache POI's bomb and XXE proofs of concept are).
      expect(errors.map((e) => e.code)).toEqual([expect.stringMatching(/^(unreadable-file|over-limit)$/)]);
    }
  });
});
