/**
 * The peer: pandas + openpyxl computing the same indicators from the same workbook
 * (bench/peer/indicators.py), checked equal to Twinlens's before its time counts.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRegion } from '../../src-main/core/import/countries.js';
import type { Indicators } from '../../src-main/shared/indicators.js';
import { COUNTRIES } from '../generate.js';

export const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, '..', 'peer', 'indicators.py');

export interface PeerRun {
  seconds: number;
  indicators: Record<string, unknown>;
}

/** The analyst's lookup table: the generator's countries and Twinlens's default regions. */
export function writeRegionTable(dir: string): string {
  const path = join(dir, 'regions.json');
  writeFileSync(path, JSON.stringify(Object.fromEntries(COUNTRIES.map((c) => [c, defaultRegion(c)]))));
  return path;
}

export function runPeer(xlsx: string, regions: string): PeerRun {
  const run = spawnSync(PYTHON, [SCRIPT, xlsx, regions], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 40 * 60_000 });
  if (run.status !== 0) throw new Error(`the pandas peer failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout) as PeerRun;
}

/**
 * Keys of `indicators --json` the peer does not compute: it is the notebook of the
 * descriptive indicators (indicators.md), not of results and outcomes (results.md), and it
 * echoes no scope or warnings. Twinlens's time, file to indicators, includes computing them.
 */
export const PEER_LEAVES_OUT: ReadonlySet<string> = new Set(['results', 'outcomes', 'scope', 'warnings']);

/**
 * Every value the other side computed that differs from Twinlens's, as "path: ours vs
 * theirs", and every top-level key of Twinlens's the other side lacks, unless `leftOut`
 * names it: a key added to the indicators is never silently left out of the comparison.
 */
export function differences(ours: Indicators, peer: Record<string, unknown>, leftOut: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const key of Object.keys(ours)) if (!(key in peer) && !leftOut.has(key)) out.push(`${key}: not computed by the other side`);
  const walk = (a: unknown, b: unknown, path: string) => {
    if (typeof b === 'number' && typeof a === 'number') {
      // Shares are rounded to 4 places on both sides; allow the last place to differ.
      if (Math.abs(a - b) > (Number.isInteger(b) ? 0 : 1.01e-4)) out.push(`${path}: ${a} vs ${b}`);
    } else if (Array.isArray(b)) {
      if (!Array.isArray(a) || a.length !== b.length) out.push(`${path}: ${Array.isArray(a) ? a.length : typeof a} items vs ${b.length}`);
      else b.forEach((item, i) => walk(a[i], item, `${path}[${i}]`));
    } else if (b !== null && typeof b === 'object') {
      for (const [k, v] of Object.entries(b)) walk((a as Record<string, unknown> | null)?.[k], v, path ? `${path}.${k}` : k);
    } else if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  };
  walk(ours, peer, '');
  return out;
}
