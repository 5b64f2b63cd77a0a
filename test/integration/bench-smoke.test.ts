import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { REPO } from '../helpers/cli.js';

/**
 * The benchmark still runs end to end at scale S, and its peer (pandas + openpyxl) still
 * computes the very indicators Twinlens does. Timings are not asserted here: speed targets
 * live in the bench's own report.
 */
const pandas = spawnSync('/usr/bin/python3', ['-c', 'import pandas, openpyxl'], { encoding: 'utf8' });
const hasPandas = pandas.status === 0;

describe.skipIf(!hasPandas)('npm run bench at scale S (needs Debian python3-pandas and python3-openpyxl)', () => {
  test('one JSON object: every measurement, the ratios, the peer checked equal', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', `${REPO}bench/run.ts`, '--scale', 'S', '--reps', '1', '--peer-reps', '1', '--json'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 280_000,
    });
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result).sort()).toEqual(['S', 'machine']);
    const s = result.S;
    for (const key of ['floorXlsxS', 'importXlsxVsFloor', 'bareExceljsReadS', 'importXlsxS', 'readCsvS', 'importCsvS', 'indicatorsS', 'indicatorsTwoFiltersS', 'reportXlsxAndPdfS', 'peerPandasS', 'importXlsxVsBareRead', 'importCsvVsReadCsv', 'pandasVsTwinlens', 'peakRssMb', 'exportParquetS', 'parquetMb', 'indicatorsFromParquetS', 'indicatorsFromProjectFileS', 'parquetVsProjectFile', 'compareByRegionS', 'compareByStartYearS']) {
      expect(s[key], key).toBeGreaterThan(0);
    }
    expect(s.peerResultsEqual).toBe(true);
    expect(s.importXlsxVsBareRead).toBeCloseTo(s.importXlsxS / s.bareExceljsReadS, 1);
    // The floor does less than any reader: inflating and scanning cannot take longer than the import.
    // Relative: at S the floor is about 10 ms, so its rounding to 0.1 ms moves the ratio in its first decimal.
    expect(Math.abs(s.importXlsxVsFloor / (s.importXlsxS / s.floorXlsxS) - 1)).toBeLessThan(0.02);
    expect(s.floorXlsxS).toBeLessThan(s.importXlsxS);
    expect(s.pandasVsTwinlens).toBeCloseTo(s.peerPandasS / s.twinlensFileToIndicatorsS, 1);
    expect(run.stderr).toMatch(/results equal/);
  }, 300_000);
});

if (!hasPandas) test.skip(`bench smoke: /usr/bin/python3 cannot import pandas and openpyxl (${pandas.stderr.trim().split('\n').at(-1)})`, () => {});
