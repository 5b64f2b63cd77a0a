import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../../src-main/core/api.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { FilterError } from '../../src-main/core/indicators/filters.js';
import { outcomeRows, resultsDetail, resultsTables } from '../../src-main/core/queries/results-detail.js';
import type { Project } from '../../src-main/core/store/project.js';
import { dispatch } from '../../src-main/shared/api-contract.js';
import { resultHeadlines } from '../../src-main/shared/headlines.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';
import { definitionOf } from '../../src-main/shared/methodology.js';
import type { ResultsTables, TrackingRow } from '../../src-main/shared/results.js';
import { writeResultsProgramme } from '../fixtures/results-programme.js';
import { writeSmallProgramme } from '../fixtures/small-programme.js';
import { importedProject, indicatorsOf, tempDir } from '../helpers/programme.js';

// Every expected number below is worked out by hand from test/fixtures/results-programme.ts.
// Achievement: incremental 100 * A / T; level (100 * (A - B)) / (T - B); rounded to 1 decimal.
// Without as-of, each indicator (p* = latest row with an actual):
//   I01 P1 incremental: A = 40 + 50 + 45 = 135, T = 4 * 50 = 200 -> 67.5 off track
//       (previous row with an actual, 2019-12-31: A = 90, T = 100 -> 90.0)
//   I02 P1 level: (100 * (35 - 20)) / (40 - 20) = 75.0 at risk  (previous: 900 / 10 = 90.0)
//   I03 P1 decrease: (100 * (70 - 100)) / (80 - 100) = 150.0 on track  (previous: -500 / -10 = 50.0)
//   I04 P2: (100 * (51 - 100)) / (500 - 100) = -12.25 -> -12.3 off track (half away from zero)
//   I05 P2: T = B = 10 -> no change targeted (previous row computable: 100 / 2 = 50.0)
//   I06 P2 incremental: T = 0 -> no change targeted
//   I07 P2: no baseline        I08 P3: no target        I09 P3: qualitative
//   I10 P3: no actual          I11 P4: 28900 / 400 = 72.25 -> 72.3 off track
//   I12 P4: no target and no baseline -> no target (precedence)
//   I13 P3: (100 * (19 - 10)) / (20 - 10) = 90.0 on track  (previous: 300 / 5 = 60.0)
const BLUE = 'Blue and green infrastructure';
const CLIMATE = 'Climate change adaptation and mitigation';
const SOCIAL = 'Social inclusion and urban regeneration';
const AS_OF = '2020-09-30';

let project: Project;
const compute = (filters: Filters = {}): Promise<Indicators> => project.withConnection((c) => computeIndicators(c, filters));
const detail = (filters: Filters = {}): Promise<ResultsTables> => project.withConnection((c) => resultsTables(c, filters));

beforeAll(async () => {
  project = await importedProject([await writeResultsProgramme(tempDir())]);
});
afterAll(() => project.close());

describe('results without filters', () => {
  let ind: Indicators;
  beforeAll(async () => {
    ind = await compute();
  });

  test('counts by level (all three listed) and by status', () => {
    // output I01 I04 I06 I08 I10 I12 I13; outcome I02 I05 I07 I09; impact I03 I11.
    expect(ind.results.indicators).toBe(13);
    expect(ind.results.byLevel).toEqual([
      { level: 'output', indicators: 7 },
      { level: 'outcome', indicators: 4 },
      { level: 'impact', indicators: 2 },
    ]);
    // on track I03 (150), I13 (exactly 90); at risk I02 (exactly 75); off track I01, I04 (negative), I11.
    expect(ind.results.byStatus).toEqual({
      onTrack: 2, atRisk: 1, offTrack: 3, noActual: 1, noTarget: 2, noBaseline: 1, noChangeTargeted: 2, qualitative: 1,
    });
  });

  test('on-track share and the median, taken in tenths so that its half rounds up', () => {
    // 2 / (2 + 1 + 3) = 0.33333 -> 0.3333.
    expect(ind.results.onTrackShare).toBe(0.3333);
    // Sorted: -12.3, 67.5, 72.3, 75, 90, 150 -> (72.3 + 75) / 2 = 73.65 -> 73.7.
    expect(ind.results.medianAchievement).toBe(73.7);
  });

  test('completeness: rows with a target due by the latest reported period end', () => {
    // Reference date: latest period_end with an actual = 2020-12-31 (I01, I02, I03, I13).
    // Due (target, end <= 2020-12-31): I01 4, I02 2, I03 2, I04 1, I05 2, I06 1 (a target of 0
    // is a target), I07 1, I10 2 (its 2021 row is not due yet), I11 1, I13 2 = 18; I08 and
    // I12 have no target, I09 is qualitative. Reported: I01 3, I10 0, the others all = 15.
    expect(ind.results.completeness).toEqual({ due: 18, reported: 15, share: 0.8333 });
  });

  test('progress: achievement as of p* against as of the previous row with an actual', () => {
    // I01 90 -> 67.5 (-22.5), I02 90 -> 75 (-15), I03 50 -> 150 (+100), I13 60 -> 90 (+30);
    // I05's previous row is computable but its latest is not: not compared.
    // Mean (-22.5 - 15 + 100 + 30) / 4 = 23.125 -> 23.1.
    expect(ind.results.progress).toEqual({ compared: 4, improved: 2, meanChangePoints: 23.1 });
  });

  test('framework totals: first spelling, per unit, quantitative only', () => {
    // "GERF 2.5" (I01, first row), "gerf 2.5" (I04), "Gerf 2.5" (I08), "GERF 2.5" (I11), all
    // "people"; I09 is qualitative. Baselines: blank (0) + 100 + 0 + 0; A: 135 + 51 + 5 + 289;
    // T: 200 + 500 + 400 (I08 has an actual but no target).
    // "GCoM emissions" tCO2e: I03 (B 100, A 70, T 80), I10 (B 0, no actual: no A, no T).
    expect(ind.results.frameworkTotals).toEqual([
      { frameworkRef: 'GERF 2.5', unit: 'people', indicators: 4, pairings: 4, baseline: 100, actual: 480, target: 1100 },
      { frameworkRef: 'GCoM emissions', unit: 'tCO2e', indicators: 2, pairings: 2, baseline: 100, actual: 70, target: 80 },
    ]);
  });

  test('SDG targets: by pairings, then target in byte order', () => {
    // 11.3: I01 (P1), I04 (P2), O01 (P1), O05 (P2); 13.2: I02, I03 (P1), I11 (P4);
    // 4.7: I04 (P2), I13 (P3), O04, O05 (P2); 11.6: I02, O02 (P1); 17.17: O07 (P3).
    // "11.3" < "13.2" < "4.7" in bytes; 13.2 has the most indicators and still comes second.
    expect(ind.results.sdgTargets).toEqual([
      { target: '11.3', indicators: 2, outcomes: 2, pairings: 2 },
      { target: '13.2', indicators: 3, outcomes: 0, pairings: 2 },
      { target: '4.7', indicators: 2, outcomes: 2, pairings: 2 },
      { target: '11.6', indicators: 1, outcomes: 1, pairings: 1 },
      { target: '17.17', indicators: 0, outcomes: 1, pairings: 1 },
    ]);
  });
});

describe('outcomes without filters', () => {
  let ind: Indicators;
  beforeAll(async () => {
    ind = await compute();
  });

  test('counts, reciprocity over all members (three-member P2), substantiation, money', () => {
    // Per member: P1 E1 1, E2 2 -> 1/2; P2 E5 1, E3 2, E4 1 -> 1/2; P3 E7 1, E6 0 -> 0;
    // P4 E1 1, E7 2 -> 1/2. Two-way: P1, P2, P4 = 3 / 4. Reciprocity 1.5 / 4 = 0.375.
    // Substantiated O01 O03 O05 O08 = 4 / 11 = 0.3636; disputed O04.
    // Money 100000 + 250000.125 + 5000 = 355000.125 -> 355000.13.
    const { byType, byHelix, byYear, ...figures } = ind.outcomes;
    expect(figures).toEqual({
      outcomes: 11,
      pairingsWithOutcomes: 4,
      pairingsWithOutcomesShare: 1,
      twoWayShare: 0.75,
      meanReciprocity: 0.375,
      substantiatedShare: 0.3636,
      disputed: 1,
      investmentEur: 355000.13,
    });
  });

  test('by type (all six), by helix (all four), by year ascending', () => {
    // policy O01 (high) O06 O08 (high); capacity O05 (high) O10; investment O03 (high) O11 (high);
    // practice O02 O09; agenda O07; relationship O04.
    expect(ind.outcomes.byType).toEqual([
      { type: 'policy', outcomes: 3, high: 2 },
      { type: 'capacity', outcomes: 2, high: 1 },
      { type: 'investment', outcomes: 2, high: 2 },
      { type: 'practice', outcomes: 2, high: 0 },
      { type: 'agenda', outcomes: 1, high: 0 },
      { type: 'relationship', outcomes: 1, high: 0 },
    ]);
    // O07 has no actor helix: in no row.
    expect(ind.outcomes.byHelix).toEqual([
      { helix: 'government', outcomes: 4 },
      { helix: 'business', outcomes: 3 },
      { helix: 'academia', outcomes: 2 },
      { helix: 'civil society', outcomes: 1 },
    ]);
    expect(ind.outcomes.byYear).toEqual([
      { year: 2018, outcomes: 1 },
      { year: 2019, outcomes: 6 },
      { year: 2020, outcomes: 4 },
    ]);
  });
});

describe(`as of ${AS_OF}`, () => {
  let ind: Indicators;
  beforeAll(async () => {
    ind = await compute({ asOf: AS_OF });
  });

  test('cuts later periods but keeps every indicator, and is echoed', () => {
    expect(ind.scope.asOf).toBe(AS_OF);
    expect(ind.results.indicators).toBe(13);
    // Dropped: I01's 2020-12-31 row and the 2020 rows of I02, I03, I13 (and I10's).
    // I01: p* 2019-12-31, A = 90, T = 100 -> exactly 90 on track; I02 2019 -> 90 on track;
    // I03 2019 -> 50 off track; I13 2019 -> 60 off track; I04, I11 as before.
    expect(ind.results.byStatus).toEqual({
      onTrack: 2, atRisk: 0, offTrack: 4, noActual: 1, noTarget: 2, noBaseline: 1, noChangeTargeted: 2, qualitative: 1,
    });
    // -12.3, 50, 60, 72.3, 90, 90 -> (60 + 72.3) / 2 = 66.15 -> 66.2.
    expect(ind.results.medianAchievement).toBe(66.2);
    // Only I01 still has two reported rows: 80 (40 / 50) -> 90.
    expect(ind.results.progress).toEqual({ compared: 1, improved: 1, meanChangePoints: 10 });
  });

  test('completeness is measured at the as-of date', () => {
    // Due by 2020-09-30: I01 3 (its 2020-06-30 row has no actual), I02 1, I03 1, I04 1, I05 2,
    // I06 1, I07 1, I10 1, I11 1, I13 1 = 13; reported 2 + 1 + 1 + 1 + 2 + 1 + 1 + 0 + 1 + 1 = 11.
    expect(ind.results.completeness).toEqual({ due: 13, reported: 11, share: 0.8462 });
  });

  test('framework totals use A and T as of the date', () => {
    // GERF 2.5: A 90 + 51 + 5 + 289 = 435, T 100 + 500 + 400 = 1000; GCoM: I03 A 95, T 90.
    expect(ind.results.frameworkTotals).toEqual([
      { frameworkRef: 'GERF 2.5', unit: 'people', indicators: 4, pairings: 4, baseline: 100, actual: 435, target: 1000 },
      { frameworkRef: 'GCoM emissions', unit: 'tCO2e', indicators: 2, pairings: 2, baseline: 100, actual: 95, target: 90 },
    ]);
  });

  test('outcomes after the date are left out; a member without outcomes counts 0', () => {
    // Left out: O03 (2020-10-05), O07 (2020-11-30), O11 (2020-10-15).
    // P1 E1 1, E2 1 -> 1; P2 E5 1, E3 2, E4 0 -> 0; P4 1/2; P3 has none any more.
    // Two-way P1, P4 = 2 / 3; reciprocity (1 + 0 + 0.5) / 3 = 0.5; substantiated 3 / 8.
    const { byType, byYear, ...figures } = ind.outcomes;
    expect(figures).toEqual({
      outcomes: 8,
      pairingsWithOutcomes: 3,
      pairingsWithOutcomesShare: 0.75,
      byHelix: [
        { helix: 'government', outcomes: 3 },
        { helix: 'academia', outcomes: 2 },
        { helix: 'business', outcomes: 2 },
        { helix: 'civil society', outcomes: 1 },
      ],
      twoWayShare: 0.6667,
      meanReciprocity: 0.5,
      substantiatedShare: 0.375,
      disputed: 1,
      investmentEur: 100000,
    });
    expect(byYear).toEqual([{ year: 2018, outcomes: 1 }, { year: 2019, outcomes: 6 }, { year: 2020, outcomes: 1 }]);
    // 17.17 was named only by O07.
    expect(ind.results.sdgTargets.map((t) => t.target)).toEqual(['11.3', '13.2', '4.7', '11.6']);
  });

  test('a date before every value leaves indicators without an actual', async () => {
    const early = await compute({ asOf: '2018-06-30' });
    // The first value ends 2018-12-31 and the first outcome, O08, is dated 2018-12-01.
    expect(early.results.indicators).toBe(13);
    expect(early.results.byStatus).toMatchObject({ onTrack: 0, atRisk: 0, offTrack: 0, noActual: 12, qualitative: 1 });
    expect(early.results.medianAchievement).toBeNull();
    expect(early.results.completeness).toEqual({ due: 0, reported: 0, share: 0 });
    expect(early.results.progress).toEqual({ compared: 0, improved: 0, meanChangePoints: null });
    expect(early.outcomes.outcomes).toBe(0);
    expect(early.outcomes.meanReciprocity).toBeNull();
    expect(early.outcomes.byType).toHaveLength(6);
  });

  test('a bad date is a FilterError', async () => {
    await expect(compute({ asOf: '2020-02-30' })).rejects.toBeInstanceOf(FilterError);
  });
});

describe('filters change the figures', () => {
  test('region North America: P3 only; the first spelling of a framework_ref outside the scope', async () => {
    const ind = await compute({ region: ['North America'] });
    // I08 no target, I09 qualitative, I10 no actual, I13 90 on track.
    expect(ind.results.indicators).toBe(4);
    expect(ind.results.byLevel).toEqual([
      { level: 'output', indicators: 3 },
      { level: 'outcome', indicators: 1 },
      { level: 'impact', indicators: 0 },
    ]);
    expect(ind.results.onTrackShare).toBe(1);
    expect(ind.results.medianAchievement).toBe(90);
    // Reference 2020-12-31 (I13); due I10 2019, 2020 and I13 2019, 2020; reported I13's two.
    expect(ind.results.completeness).toEqual({ due: 4, reported: 2, share: 0.5 });
    expect(ind.results.progress).toEqual({ compared: 1, improved: 1, meanChangePoints: 30 });
    // I08 wrote "Gerf 2.5"; the sheet's first spelling is I01's "GERF 2.5", out of scope.
    // Ties on indicators: "GCoM emissions" < "GERF 2.5" in bytes.
    expect(ind.results.frameworkTotals).toEqual([
      { frameworkRef: 'GCoM emissions', unit: 'tCO2e', indicators: 1, pairings: 1, baseline: 0, actual: 0, target: 0 },
      { frameworkRef: 'GERF 2.5', unit: 'people', indicators: 1, pairings: 1, baseline: 0, actual: 5, target: 0 },
    ]);
    // O07 (P3, E7): E6 has none -> not two-way, reciprocity 0; no actor helix.
    expect(ind.outcomes).toMatchObject({ outcomes: 1, pairingsWithOutcomes: 1, pairingsWithOutcomesShare: 1, twoWayShare: 0, meanReciprocity: 0 });
    expect(ind.outcomes.byHelix.map((h) => [h.helix, h.outcomes])).toEqual([
      ['academia', 0], ['business', 0], ['civil society', 0], ['government', 0],
    ]);
  });

  test('theme Social inclusion: P2 only', async () => {
    const ind = await compute({ theme: [SOCIAL] });
    // I04 -12.3 off track, I05 and I06 no change targeted, I07 no baseline.
    expect(ind.results.byStatus).toEqual({
      onTrack: 0, atRisk: 0, offTrack: 1, noActual: 0, noTarget: 0, noBaseline: 1, noChangeTargeted: 2, qualitative: 0,
    });
    expect(ind.results.onTrackShare).toBe(0);
    expect(ind.results.medianAchievement).toBe(-12.3);
    // Reference 2019-12-31; due I04 1, I05 2, I06 1, I07 1, all reported.
    expect(ind.results.completeness).toEqual({ due: 5, reported: 5, share: 1 });
    expect(ind.results.progress).toEqual({ compared: 0, improved: 0, meanChangePoints: null });
    expect(ind.results.frameworkTotals).toEqual([
      { frameworkRef: 'GERF 2.5', unit: 'people', indicators: 1, pairings: 1, baseline: 100, actual: 51, target: 500 },
    ]);
    expect(ind.results.sdgTargets).toEqual([
      { target: '11.3', indicators: 1, outcomes: 1, pairings: 1 },
      { target: '4.7', indicators: 1, outcomes: 2, pairings: 1 },
    ]);
    // O04 O05 O06 O11: E5 1, E3 2, E4 1 -> 0.5, two-way.
    expect(ind.outcomes).toMatchObject({
      outcomes: 4, pairingsWithOutcomes: 1, pairingsWithOutcomesShare: 1, twoWayShare: 1, meanReciprocity: 0.5,
      substantiatedShare: 0.25, disputed: 1, investmentEur: 5000,
    });
  });
});

describe('resultsDetail and the full tracking table (reports)', () => {
  let d: ResultsTables;
  const row = (id: string): TrackingRow => d.tracking.find((t) => t.indicator_id === id)!;
  beforeAll(async () => {
    d = await detail();
  });

  test('tracking rows: every indicator, by pairing then id, with T, A, achievement and status', () => {
    expect(d.tracking.map((t) => t.indicator_id)).toEqual(['I01', 'I02', 'I03', 'I04', 'I05', 'I06', 'I07', 'I08', 'I09', 'I10', 'I13', 'I11', 'I12']);
    const figures = Object.fromEntries(d.tracking.map((t) => [t.indicator_id, [t.target, t.actual, t.achievement, t.status]]));
    expect(figures).toEqual({
      I01: [200, 135, 67.5, 'off track'],
      I02: [40, 35, 75, 'at risk'],
      I03: [80, 70, 150, 'on track'],
      I04: [500, 51, -12.3, 'off track'],
      I05: [10, 12, null, 'no change targeted'],
      I06: [0, 3, null, 'no change targeted'],
      I07: [50, 40, null, 'no baseline'],
      I08: [null, 5, null, 'no target'],
      I09: [null, null, null, 'qualitative'],
      I10: [null, null, null, 'no actual'],
      I11: [400, 289, 72.3, 'off track'],
      I12: [null, 3, null, 'no target'],
      I13: [20, 19, 90, 'on track'],
    });
  });

  test('tracking rows carry names, the cells as written, and the actuals per period', () => {
    expect(row('I01')).toEqual({
      indicator_id: 'I01',
      pairing_id: 'P1',
      pairing_title: 'Rotterdam - Surat',
      entity_id: 'E1',
      entity_name: 'Rotterdam',
      level: 'output',
      title: 'Incremental, a period without actual',
      unit: 'people',
      measure: 'number',
      direction: 'increase',
      accumulation: 'incremental',
      baseline: null,
      target: 200,
      actual: 135,
      achievement: 67.5,
      status: 'off track',
      framework_ref: 'GERF 2.5',
      sdg_targets: '11.3',
      series: [
        { period_end: '2019-06-30', actual: 40 },
        { period_end: '2019-12-31', actual: 50 },
        { period_end: '2020-06-30', actual: null },
        { period_end: '2020-12-31', actual: 45 },
      ],
    });
    expect(row('I03')).toMatchObject({ entity_id: null, entity_name: null, direction: 'decrease' });
    expect(row('I04')).toMatchObject({ framework_ref: 'gerf 2.5', sdg_targets: '4.7; 11.3' });
    expect(row('I10').series.map((p) => p.actual)).toEqual([null, null, null]);
  });

  test('results/detail holds the breakdowns only: the tracking table pages through results/tracking', async () => {
    const { tracking, ...breakdowns } = d;
    expect(tracking).toHaveLength(13);
    expect(await project.withConnection((c) => resultsDetail(c, {}))).toEqual(breakdowns);
  });

  test('status by level: every level with every status, in order', () => {
    expect(d.byLevelStatus).toHaveLength(24);
    expect(d.byLevelStatus.slice(0, 8).map((r) => r.status)).toEqual([
      'on track', 'at risk', 'off track', 'no actual', 'no target', 'no baseline', 'no change targeted', 'qualitative',
    ]);
    const nonZero = d.byLevelStatus.filter((r) => r.indicators > 0).map((r) => `${r.level}/${r.status}/${r.indicators}`);
    expect(nonZero).toEqual([
      'output/on track/1', 'output/off track/2', 'output/no actual/1', 'output/no target/2', 'output/no change targeted/1',
      'outcome/at risk/1', 'outcome/no baseline/1', 'outcome/no change targeted/1', 'outcome/qualitative/1',
      'impact/on track/1', 'impact/off track/1',
    ]);
  });

  test('by theme: every theme of the pairing; indicators with an achievement only', () => {
    // With an achievement: I01 67.5, I02 75, I03 150 (P1); I04 -12.3 (P2); I13 90 (P3);
    // I11 72.3 (P4, no theme: in no group).
    expect(d.byTheme).toEqual([
      // -12.3, 67.5, 75, 90, 150
      { group: CLIMATE, indicators: 5, medianAchievement: 75, onTrack: 2, atRisk: 1, offTrack: 2 },
      { group: BLUE, indicators: 3, medianAchievement: 75, onTrack: 1, atRisk: 1, offTrack: 1 },
      { group: 'Innovation', indicators: 1, medianAchievement: 90, onTrack: 1, atRisk: 0, offTrack: 0 },
      { group: SOCIAL, indicators: 1, medianAchievement: -12.3, onTrack: 0, atRisk: 0, offTrack: 1 },
    ]);
  });

  test("by region: the measured member's region, or each region of a pairing-wide indicator's members", () => {
    // I01 E1 Europe; I02 E2 South Asia; I03 P1 as a whole: Europe and South Asia; I04 E5
    // Europe; I11 E1 Europe; I13 E6 North America.
    expect(d.byRegion).toEqual([
      // -12.3, 67.5, 72.3, 150 -> (67.5 + 72.3) / 2 = 69.9
      { group: 'Europe', indicators: 4, medianAchievement: 69.9, onTrack: 1, atRisk: 0, offTrack: 3 },
      // (75 + 150) / 2 = 112.5
      { group: 'South Asia', indicators: 2, medianAchievement: 112.5, onTrack: 1, atRisk: 1, offTrack: 0 },
      { group: 'North America', indicators: 1, medianAchievement: 90, onTrack: 1, atRisk: 0, offTrack: 0 },
    ]);
  });

  test('as of a date and under a filter', async () => {
    const cut = await detail({ asOf: AS_OF, region: ['South Asia'] });
    // P1 only: I01 as of 2019-12-31 (A 90, T 100, exactly 90), I02 2019 (90), I03 2019 (50).
    expect(cut.tracking.map((t) => [t.indicator_id, t.target, t.actual, t.achievement, t.status])).toEqual([
      ['I01', 100, 90, 90, 'on track'],
      ['I02', 30, 29, 90, 'on track'],
      ['I03', 90, 95, 50, 'off track'],
    ]);
    expect(cut.tracking[0]!.series.map((p) => p.period_end)).toEqual(['2019-06-30', '2019-12-31', '2020-06-30']);
    expect(cut.byTheme.map((g) => [g.group, g.indicators, g.medianAchievement])).toEqual([[BLUE, 3, 90], [CLIMATE, 3, 90]]);
  });
});

describe('outcomeRows', () => {
  test('every outcome in scope with names, by date', async () => {
    const rows = await project.withConnection((c) => outcomeRows(c, {}));
    expect(rows.map((r) => r.outcome_id)).toEqual(['O08', 'O09', 'O01', 'O04', 'O05', 'O10', 'O02', 'O06', 'O03', 'O11', 'O07']);
    expect(rows.find((r) => r.outcome_id === 'O01')).toEqual({
      outcome_id: 'O01',
      pairing_id: 'P1',
      pairing_title: 'Rotterdam - Surat',
      entity_id: 'E1',
      entity_name: 'Rotterdam',
      date: '2019-03-15',
      description: 'Rotterdam adopted a circular procurement policy',
      change_type: 'policy',
      actor_helix: 'government',
      significance: 'high',
      contribution: 'Peer review',
      evidence: 'Council decision 2019/12',
      substantiation: 'substantiated',
      amount_eur: 100000,
      sdg_targets: '11.3',
      indicator_id: 'I01',
    });
    expect(rows.find((r) => r.outcome_id === 'O02')).toMatchObject({ substantiation: 'unverified', amount_eur: null, actor_helix: 'business' });
  });

  test('as of a date and under a filter', async () => {
    const rows = await project.withConnection((c) => outcomeRows(c, { asOf: AS_OF, theme: [SOCIAL] }));
    expect(rows.map((r) => r.outcome_id)).toEqual(['O04', 'O05', 'O06']);
  });
});

describe('through the API contract', () => {
  test('results/detail, results/tracking, outcomes/list and outcomes/reciprocity answer as the queries do; a bad as-of is a bad argument', async () => {
    const handlers = createHandlers(project);
    const filters = { asOf: AS_OF, theme: [CLIMATE] };
    const { tracking, ...breakdowns } = await detail(filters);
    expect(await dispatch(handlers, 'results/detail', filters)).toEqual({ ok: true, value: breakdowns });
    const page = { search: '', offset: 0, limit: 100 };
    expect(await dispatch(handlers, 'results/tracking', { ...page, filters, sort: { column: 'pairing_id', direction: 'asc' } })).toEqual({
      ok: true,
      value: { total: tracking.length, rows: tracking },
    });
    const outcomes = await project.withConnection((c) => outcomeRows(c, filters));
    expect(await dispatch(handlers, 'outcomes/list', { ...page, filters, sort: { column: 'date', direction: 'asc' } })).toEqual({
      ok: true,
      value: { total: outcomes.length, rows: outcomes },
    });
    const bad = { asOf: '2020-02-30' };
    for (const [method, arg] of [
      ['results/detail', bad],
      ['outcomes/reciprocity', { ...page, filters: bad, sort: { column: 'reciprocity', direction: 'asc' } }],
      ['results/tracking', { ...page, filters: bad, sort: { column: 'title', direction: 'asc' } }],
      ['outcomes/list', { ...page, filters: bad, sort: { column: 'date', direction: 'asc' } }],
      ['pairings/detail', { pairingId: 'P1', asOf: '2020-02-30' }],
    ] as const) {
      expect(await dispatch(handlers, method, arg), method).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    }
  });
});

describe('result headlines', () => {
  test('one per figure, each with its definition, worded from the numbers', async () => {
    const list = resultHeadlines(await compute());
    expect(list.map((h) => h.id)).toEqual([
      'results.onTrackShare', 'results.medianAchievement', 'results.completeness', 'results.progress', 'outcomes.outcomes', 'outcomes.twoWayShare',
    ]);
    for (const h of list) expect(definitionOf(h.id).family).toBe(h.id.split('.')[0]);
    expect(list.map((h) => h.display)).toEqual(['33.3%', '73.7%', '83.3%', '+23.1 points', '11', '75%']);
    expect(list[0]!.sentence).toBe('2 of 6 indicators with an achievement (33.3%) are on track, 1 at risk and 3 off track; 13 result indicators in all.');
  });

  test('none without result indicators or outcomes; zero-count results and outcomes in the JSON', async () => {
    const plain = await indicatorsOf([await writeSmallProgramme(tempDir())]);
    expect(resultHeadlines(plain)).toEqual([]);
    expect(plain.results).toEqual({
      indicators: 0,
      byLevel: [{ level: 'impact', indicators: 0 }, { level: 'outcome', indicators: 0 }, { level: 'output', indicators: 0 }],
      byStatus: { onTrack: 0, atRisk: 0, offTrack: 0, noActual: 0, noTarget: 0, noBaseline: 0, noChangeTargeted: 0, qualitative: 0 },
      onTrackShare: 0,
      medianAchievement: null,
      completeness: { due: 0, reported: 0, share: 0 },
      progress: { compared: 0, improved: 0, meanChangePoints: null },
      frameworkTotals: [],
      sdgTargets: [],
    });
    expect(plain.outcomes).toMatchObject({ outcomes: 0, pairingsWithOutcomes: 0, twoWayShare: 0, meanReciprocity: null, investmentEur: 0, byYear: [] });
    expect(plain.outcomes.byHelix).toHaveLength(4);
  });
});
